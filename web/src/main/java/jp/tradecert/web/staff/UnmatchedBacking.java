package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tradecert.account.Proposal;
import jp.tradecert.account.Proposals;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.deposit.AppliedDeposit;
import jp.tradecert.deposit.UnmatchedDeposits;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.KeysetRows;
import jp.tradecert.web.Messages;

/**
 * 未照合入金: the chamber's deposits no order claimed, oldest first; for the one chosen, the order it pays
 * (by its number), what applying it would do by the nightly job's rules, and the match proposed for a
 * supervisor other than the proposer to approve (承認待ち).
 */
@Named
@ViewScoped
public class UnmatchedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private UnmatchedDeposits unmatched;

    @EJB
    private Proposals proposals;

    private KeysetRows<AppliedDeposit, Long> rows;
    private long count;
    private Set<Long> proposed;
    private AppliedDeposit selected;
    private String orderNumber;
    private UnmatchedDeposits.Preview preview;
    private String refundCompanyNumber;
    private LocalDate returnSentOn;
    private Long returnSentYen;
    private String returnReference;

    @Inject
    private transient Clock clock;

    @PostConstruct
    void load() {
        UnmatchedDeposits deposits = unmatched;
        SignedInUser staff = currentUser.get();
        rows = KeysetRows.byId((after, size) -> deposits.list(staff, after, size), () -> deposits.count(staff),
                AppliedDeposit::getId, 100);
        count = unmatched.count(currentUser.get());
        proposed = proposals.pending(currentUser.get()).stream()
                // a match, a refund to a company or a return to the sender: one proposal at a time
                .filter(proposal -> proposal.getDepositId() != null)
                .map(Proposal::getDepositId).collect(Collectors.toSet());
    }

    /** Chooses the deposit to match (its row's button). */
    public void choose(long depositId) {
        try {
            selected = unmatched.get(currentUser.get(), depositId);
            orderNumber = null;
            preview = null;
            // a return starts with today and the whole deposit; the clerk takes off the transfer's fee
            returnSentOn = LocalDate.now(clock);
            returnSentYen = selected.getAmountYen();
            returnReference = null;
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** Shows what applying the chosen deposit to the order typed in would do. */
    public void previewMatch() {
        try {
            preview = unmatched.preview(currentUser.get(), selected.getId(), orderNumber);
        } catch (BusinessException refused) {
            preview = null;
            Messages.error(refused);
        }
    }

    /** Proposes the match previewed; it is applied once a supervisor other than the proposer approves it. */
    public String proposeMatch() {
        try {
            Proposal proposal = unmatched.proposeMatch(currentUser.get(), selected.getId(), orderNumber);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "unmatched.proposed", String.valueOf(proposal.getId()));
            return "/staff/unmatched?faces-redirect=true";
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    /**
     * Proposes giving the chosen deposit back, in full, to the chamber's company of the number typed in; it
     * is owed back once a supervisor other than the proposer approves it.
     */
    public String proposeRefund() {
        try {
            Proposal proposal = unmatched.proposeRefund(currentUser.get(), selected.getId(), refundCompanyNumber);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "unmatched.refundProposed",
                    String.valueOf(proposal.getId()));
            return "/staff/unmatched?faces-redirect=true";
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    /**
     * Proposes recording the chosen deposit as sent back to its sender, who is no company of the chamber (the
     * chamber's transfer: its day, the yen sent, the bank's reference); it counts once a supervisor other than the
     * proposer approves it.
     */
    public String proposeReturn() {
        try {
            Proposal proposal = unmatched.proposeReturn(currentUser.get(), selected.getId(), returnSentOn,
                    returnSentYen == null ? 0 : returnSentYen, returnReference);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "unmatched.returnProposed",
                    String.valueOf(proposal.getId()));
            return "/staff/unmatched?faces-redirect=true";
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public LocalDate getReturnSentOn() {
        return returnSentOn;
    }

    public void setReturnSentOn(LocalDate returnSentOn) {
        this.returnSentOn = returnSentOn;
    }

    public Long getReturnSentYen() {
        return returnSentYen;
    }

    public void setReturnSentYen(Long returnSentYen) {
        this.returnSentYen = returnSentYen;
    }

    public String getReturnReference() {
        return returnReference;
    }

    public void setReturnReference(String returnReference) {
        this.returnReference = returnReference;
    }

    public int getMaxReference() {
        return RefundDue.MAX_REFERENCE;
    }

    public String getRefundCompanyNumber() {
        return refundCompanyNumber;
    }

    public void setRefundCompanyNumber(String refundCompanyNumber) {
        this.refundCompanyNumber = refundCompanyNumber;
    }

    public boolean isProposed(AppliedDeposit deposit) {
        return proposed.contains(deposit.getId());
    }

    public KeysetRows<AppliedDeposit, Long> getRows() {
        return rows;
    }

    public long getCount() {
        return count;
    }

    public AppliedDeposit getSelected() {
        return selected;
    }

    public UnmatchedDeposits.Preview getPreview() {
        return preview;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }
}
