package jp.tradecert.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import jp.tradecert.account.Proposal;
import jp.tradecert.account.Proposals;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundNotFoundException;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.purchase.RefundDesk;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.Messages;

/**
 * 返金: one refund of the chamber — what is owed, to whom and why, its refund request form (返金依頼書), and,
 * while it is due, the chamber's transfer proposed as paid (date, yen sent, the bank's reference), which a
 * supervisor other than the proposer approves (承認待ち). Another chamber's refund is not found.
 */
@Named
@ViewScoped
public class RefundBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private transient Clock clock;

    @EJB
    private RefundDesk desk;

    @EJB
    private Proposals proposals;

    private Long refundId;
    private RefundDesk.Row row;
    private LocalDate paidOn;
    private Long paidYen;
    private String paidReference;

    /** The view action: reads the refund, if it is one of the chamber's; the form starts with today and the full amount. */
    public void load() {
        if (refundId == null || row != null) {
            return;
        }
        try {
            row = desk.get(currentUser.get(), refundId);
        } catch (RefundNotFoundException e) {
            Messages.error(e);
            return;
        }
        if (paidOn == null) {
            paidOn = LocalDate.now(clock);
            paidYen = row.refund().getAmountYen();
        }
    }

    /** Proposes the transfer typed in as this refund's payment; it is recorded once a supervisor approves it. */
    public String proposePaid() {
        if (paidYen == null) {
            Messages.atField("paid-yen", "refund.paidYenRequired");
            return null;
        }
        try {
            Proposal proposal = proposals.proposeRefundPaid(currentUser.get(), refundId, paidOn, paidYen, paidReference);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "refund.proposed", String.valueOf(proposal.getId()));
            return "/staff/refund?faces-redirect=true&id=" + refundId;
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    public boolean isFound() {
        return row != null;
    }

    public RefundDesk.Row getRow() {
        return row;
    }

    public RefundDue getRefund() {
        return row.refund();
    }

    /** Whether a payment can be proposed now: the refund is due and no proposal for it waits. */
    public boolean isPayable() {
        return row.refund().isDue() && !row.paymentProposed();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public Long getRefundId() {
        return refundId;
    }

    public void setRefundId(Long refundId) {
        this.refundId = refundId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public Long getPaidYen() {
        return paidYen;
    }

    public void setPaidYen(Long paidYen) {
        this.paidYen = paidYen;
    }

    public String getPaidReference() {
        return paidReference;
    }

    public void setPaidReference(String paidReference) {
        this.paidReference = paidReference;
    }

    public int getMaxReference() {
        return RefundDue.MAX_REFERENCE;
    }
}
