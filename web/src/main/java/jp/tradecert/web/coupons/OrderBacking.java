package jp.tradecert.web.coupons;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.tradecert.ledger.HistoryDocument;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.payment.OneTimeAccount;
import jp.tradecert.payment.card.CardPayments;
import jp.tradecert.purchase.OrderLine;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseService;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.Messages;
import jp.tradecert.web.ProviderPage;

/**
 * An order of the user's company (クーポン購入状況): what was bought, how it is paid, and for a bank
 * transfer the one-time account to pay into, with cancellation and the transfer request form while the
 * transfer is awaited. Another company's order is not found.
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private PurchaseService purchases;

    @EJB
    private CardPayments cardPayments;

    /** Transient: a clock is not serializable, and this bean lives in the session between requests. */
    @Inject
    private transient Clock clock;

    private Long orderId;
    private PurchaseOrder order;
    private OneTimeAccount account;
    private Instant shownAt;

    /** The view action: reads the order named by the {@code order} parameter. */
    public void load() {
        if (orderId == null) {
            Messages.error("error.OrderNotFoundException", "");
            return;
        }
        try {
            order = purchases.getOrder(currentUser.get(), orderId);
            account = order.getPaymentMethod() == PaymentMethod.BANK_TRANSFER && order.isOpen()
                    ? purchases.accountOf(order).orElse(null)
                    : null;
            shownAt = clock.instant();
        } catch (BusinessException e) {
            order = null;
            Messages.error(e);
        }
    }

    /** 購入をキャンセルする. */
    public String cancel() {
        try {
            purchases.cancel(currentUser.get(), orderId);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "order.cancelled", order.getOrderNumber().value());
            return "/coupons/order?faces-redirect=true&order=" + orderId;
        } catch (BusinessException e) {
            Messages.error(e);
            load();
            return null;
        }
    }

    /** カード決済を続ける: back to the provider's page. */
    public String resumeCard() {
        return ProviderPage.redirect(() -> cardPayments.paymentPage(currentUser.get(), orderId), this::load);
    }

    /** カード決済をやめる: settled instead if the provider says it was paid after all. */
    public String stopCard() {
        try {
            OrderStatus status = cardPayments.stop(currentUser.get(), orderId);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, status == OrderStatus.PAID ? "card.paid"
                    : "order.cardStopped", order.getOrderNumber().value(), order.getTotalCoupons());
            return "/coupons/order?faces-redirect=true&order=" + orderId;
        } catch (BusinessException e) {
            Messages.error(e);
            load();
            return null;
        }
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public boolean isFound() {
        return order != null;
    }

    public PurchaseOrder getOrder() {
        return order;
    }

    public List<OrderLine> getLines() {
        return order.getLines();
    }

    public OneTimeAccount getAccount() {
        return account;
    }

    public Instant getShownAt() {
        return shownAt;
    }

    public String getStatusName() {
        return Messages.text("OrderStatus." + order.getStatus().name());
    }

    public String getMethodName() {
        return Messages.text("PaymentMethod." + order.getPaymentMethod().name());
    }

    /** Only a bank transfer is cancelled here; a card payment is stopped (the provider is asked first). */
    public boolean isCancellable() {
        return order.getStatus() == OrderStatus.PENDING_PAYMENT;
    }

    public boolean isCardAwaited() {
        return order.getStatus() == OrderStatus.AWAITING_CARD;
    }

    public boolean isTransferRequestPrintable() {
        return order.printableDocument().filter(HistoryDocument.TRANSFER_REQUEST::equals).isPresent();
    }

    public boolean isCardStatementPrintable() {
        return order.printableDocument().filter(HistoryDocument.CARD_STATEMENT::equals).isPresent();
    }

    /** The line's product as the manual's order page names it: {@code 30枚綴りクーポン}. */
    public String lineName(OrderLine line) {
        int coupons = line.getProduct().getCoupons();
        return coupons == 1 ? Messages.text("order.line.single") : Messages.text("order.line.booklet", coupons);
    }
}
