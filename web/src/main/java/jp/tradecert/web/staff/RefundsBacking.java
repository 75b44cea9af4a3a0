package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.ledger.RefundStatus;
import jp.tradecert.purchase.RefundDesk;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.KeysetRows;

/**
 * 返金: the chamber's refunds by status — those due first, oldest first, with what the chamber still owes
 * in all — a page at a time by keyset; each row leads to the refund's page (its 返金依頼書 and payment).
 */
@Named
@ViewScoped
public class RefundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private RefundDesk desk;

    private RefundStatus status = RefundStatus.DUE;
    private KeysetRows<RefundDesk.Row, Long> rows;
    private long totalYen;
    private long count;

    @PostConstruct
    void load() {
        show();
    }

    /** Shows the refunds in the status chosen (the table starts over at its first page). */
    public void show() {
        RefundDesk refunds = desk;
        SignedInUser staff = currentUser.get();
        RefundStatus shown = status;
        rows = KeysetRows.byId((after, size) -> refunds.list(staff, shown, after, size), () -> refunds.count(staff, shown),
                row -> row.refund().getId(), 100);
        totalYen = desk.totalYen(currentUser.get(), status);
        count = desk.count(currentUser.get(), status);
    }

    public RefundStatus[] getStatuses() {
        return RefundStatus.values();
    }

    public RefundStatus getStatus() {
        return status;
    }

    public void setStatus(RefundStatus status) {
        this.status = status == null ? RefundStatus.DUE : status;
    }

    public KeysetRows<RefundDesk.Row, Long> getRows() {
        return rows;
    }

    public long getCount() {
        return count;
    }

    public long getTotalYen() {
        return totalYen;
    }
}
