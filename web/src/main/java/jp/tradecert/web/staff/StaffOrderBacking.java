package jp.tradecert.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.tradecert.deposit.AppliedDeposit;
import jp.tradecert.deposit.DepositService;
import jp.tradecert.notification.MailOutbox;
import jp.tradecert.notification.OutboxMail;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.purchase.OrderDesk;
import jp.tradecert.purchase.OrderNotFoundException;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.Messages;

/**
 * 注文 (staff/order.xhtml): one order of the chamber — its lines, status and payment, the deposits applied to
 * it, the mails its buyer was sent — and a clerk's cancellation of an unpaid bank-transfer order. Named apart
 * from the applicant's {@code coupons.OrderBacking}. Another chamber's order is not found.
 */
@Named
@ViewScoped
public class StaffOrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private OrderDesk desk;

    @EJB
    private DepositService deposits;

    @EJB
    private MailOutbox outbox;

    private Long orderId;
    private OrderDesk.Row row;
    private List<AppliedDeposit> depositsOfOrder;
    private List<OutboxMail> mails;

    /** The view action: reads the order, if it is one of the chamber's. */
    public void load() {
        if (orderId == null || row != null) {
            return;
        }
        try {
            row = desk.get(currentUser.get(), orderId);
        } catch (OrderNotFoundException e) {
            Messages.error(e);
            return;
        }
        depositsOfOrder = deposits.ofOrder(orderId);
        mails = outbox.ofOrder(orderId);
    }

    public String cancel() {
        try {
            desk.cancel(currentUser.get(), orderId);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "staffOrder.cancelled",
                    row.order().getOrderNumber().value());
            return "/staff/order?faces-redirect=true&id=" + orderId;
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    /** Whether a clerk may cancel it now: an open bank-transfer order not yet paid. */
    public boolean isCancellable() {
        PurchaseOrder order = row.order();
        return order.getPaymentMethod() == PaymentMethod.BANK_TRANSFER && order.getStatus() == OrderStatus.PENDING_PAYMENT;
    }

    public boolean isFound() {
        return row != null;
    }

    public OrderDesk.Row getRow() {
        return row;
    }

    public PurchaseOrder getOrder() {
        return row.order();
    }

    public List<AppliedDeposit> getDeposits() {
        return depositsOfOrder;
    }

    public List<OutboxMail> getMails() {
        return mails;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }
}
