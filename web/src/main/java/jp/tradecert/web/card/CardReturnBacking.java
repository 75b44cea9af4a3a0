package jp.tradecert.web.card;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.payment.card.CardPayments;
import jp.tradecert.payment.card.FeeCardPayment;
import jp.tradecert.payment.card.FeeCardPayments;
import jp.tradecert.payment.card.FeePaymentNotFoundException;
import jp.tradecert.payment.card.FeePaymentRecords;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.purchase.OrderNumber;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseService;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.Messages;
import jp.tradecert.web.applications.ApplicationBacking;

/**
 * Where the card provider sends the buyer back ({@code /card/return}). What the address says is not
 * believed: the provider is asked. Paid: on to the coupon history with the coupons issued. Failed: a
 * page that says so and offers to buy again. Not known yet: the order's page, where the buyer may go
 * on paying or stop.
 *
 * <p>The provider's redirect is a GET, which changes nothing (a link from anywhere could make one): the page
 * it shows posts back at once, from its own form and view, and that post asks the provider and settles.
 */
@Named
@RequestScoped
public class CardReturnBacking {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private PurchaseService purchases;

    @EJB
    private CardPayments cardPayments;

    @EJB
    private FeeCardPayments feePayments;

    @EJB
    private FeePaymentRecords feePaymentRecords;

    private String orderNumber;
    private PurchaseOrder order;
    private boolean failed;

    private boolean answered;

    /** The page's own post, made as soon as it is shown (and by its button, should that not happen). */
    public String confirm() {
        answered = true;
        SignedInUser user = currentUser.get();
        if (FeeCardPayment.isPaymentNumber(orderNumber)) {
            return feePaymentReturn(user);
        }
        Optional<PurchaseOrder> found = OrderNumber.parse(orderNumber)
                .flatMap(number -> purchases.findOrder(user, number))
                .filter(candidate -> candidate.getPaymentMethod() == PaymentMethod.CARD);
        if (found.isEmpty()) {
            Messages.error("error.OrderNotFoundException");
            return null;
        }
        order = found.get();
        OrderStatus status;
        try {
            status = cardPayments.confirm(user, order.getId());
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        switch (status) {
            case PAID -> {
                Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "card.paid", order.getOrderNumber().value(),
                        order.getTotalCoupons());
                return "/coupons/history?faces-redirect=true";
            }
            case AWAITING_CARD -> {
                Messages.afterRedirect(FacesMessage.SEVERITY_WARN, "card.pending", order.getOrderNumber().value());
                return "/coupons/order?faces-redirect=true&order=" + order.getId();
            }
            default -> {
                failed = true;
                return null;
            }
        }
    }

    /**
     * Back from paying application fees: the provider is asked, then the (first) application's page
     * says how it went. Declined or abandoned, the applications stay approved, to pay again.
     */
    private String feePaymentReturn(SignedInUser user) {
        try {
            FeeCardPayment payment = feePaymentRecords.findByNumber(orderNumber)
                    .orElseThrow(() -> new FeePaymentNotFoundException(0));
            payment = feePayments.confirm(user, payment.getId());
            String key = switch (payment.getStatus()) {
                case PAID -> "card.feePaid";
                case AWAITING_CARD -> "card.feePending";
                case FAILED -> "card.feeFailed";
                case MISMATCH -> "card.feeMismatch";
            };
            Messages.afterRedirect(payment.getStatus() == FeeCardPayment.Status.PAID ? FacesMessage.SEVERITY_INFO
                    : FacesMessage.SEVERITY_WARN, key, payment.getPaymentNumber());
            return ApplicationBacking.pageOf(payment.applicationIds().get(0));
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    /** Whether the provider has been asked in this request (until then the page says it is asking). */
    public boolean isAnswered() {
        return answered;
    }

    public boolean isFailed() {
        return failed;
    }

    public PurchaseOrder getOrder() {
        return order;
    }
}
