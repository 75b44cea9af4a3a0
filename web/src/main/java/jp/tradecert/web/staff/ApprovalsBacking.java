package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tradecert.account.CompanyDirectory;
import jp.tradecert.account.Proposal;
import jp.tradecert.account.ProposalKind;
import jp.tradecert.account.Proposals;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.LocaleSelection;
import jp.tradecert.web.Formats;
import jp.tradecert.web.Messages;

/**
 * 承認待ち: the chamber's proposals waiting for a supervisor, oldest first. Every staff member sees
 * them; only a supervisor gets the buttons, and the service refuses anyone else, and the proposer.
 */
@Named
@ViewScoped
public class ApprovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private Formats fmt;

    @EJB
    private Proposals proposals;

    @EJB
    private CompanyDirectory directory;

    private List<Proposal> pending;
    private final Map<Long, String> companyNames = new HashMap<>();

    @PostConstruct
    void load() {
        pending = proposals.pending(currentUser.get());
    }

    public String approve(long proposalId) {
        return decide(proposalId, true);
    }

    public String reject(long proposalId) {
        return decide(proposalId, false);
    }

    private String decide(long proposalId, boolean approve) {
        try {
            if (approve) {
                proposals.approve(currentUser.get(), proposalId);
            } else {
                proposals.reject(currentUser.get(), proposalId);
            }
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, approve ? "approvals.approved" : "approvals.rejected",
                    String.valueOf(proposalId));
            return "/staff/approvals?faces-redirect=true";
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    /** Whether the signed-in staff member may decide this one: a supervisor, not its proposer. */
    public boolean mayDecide(Proposal proposal) {
        return currentUser.isSupervisor() && proposal.getProposedBy() != currentUser.get().accountId();
    }

    /** What a refund's payment proposal says: the refund, the yen sent, the day and the bank's reference. */
    public String details(Proposal proposal) {
        if (proposal.getKind() == ProposalKind.MEMBERSHIP_CHANGE) {
            return Messages.text("approvals.membershipChange",
                    Messages.text("Membership." + proposal.getMembership().name()), fmt.yen(proposal.getAmountYen()));
        }
        if (proposal.getKind() == ProposalKind.DEPOSIT_RETURN) {
            return Messages.text("approvals.depositReturn", String.valueOf(proposal.getDepositId()),
                    proposal.getAmountYen(), fmt.date(proposal.getPaidOn()), proposal.getReference());
        }
        if (proposal.getRefundId() == null) {
            return "";
        }
        return Messages.text("approvals.refundPaid", String.valueOf(proposal.getRefundId()),
                proposal.getAmountYen(), fmt.date(proposal.getPaidOn()), proposal.getReference());
    }

    public String companyName(Proposal proposal) {
        if (proposal.getCompanyId() == null) {
            // a deposit sent back to a sender who is no company
            return "—";
        }
        return companyNames.computeIfAbsent(proposal.getCompanyId(),
                id -> directory.get(currentUser.get(), id).name(localeSelection.getLocale()));
    }

    public List<Proposal> getPending() {
        return pending;
    }
}
