package jp.tradecert.purchase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jp.tradecert.account.Company;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundPaid;
import jp.tradecert.notification.MailOutbox;
import jp.tradecert.payment.OneTimeAccount;
import jp.tradecert.platform.JapaneseText;

/**
 * The mails an order's buyer asked for (クーポン購入に関するメールの受信希望), queued in the transaction
 * of the change they report: accepted (bank transfer: the account and the deadline), coupons issued,
 * cancelled or expired, card payment failed. A buyer who asked for none gets none.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PurchaseMails {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailOutbox outbox;

    public void orderAccepted(PurchaseOrder order, OneTimeAccount account) {
        queue(order, PurchaseMail.ORDER_ACCEPTED, values -> {
            values.put("bankName", account.bankName());
            values.put("bankCode", account.bankCode());
            values.put("branchName", account.branchName());
            values.put("branchCode", account.branchCode());
            values.put("accountNumber", account.number());
            values.put("holderName", account.holderName());
            values.put("expiresOn", date(account.expiresOn()));
        });
    }

    public void couponsIssued(PurchaseOrder order) {
        queue(order, PurchaseMail.COUPONS_ISSUED, values -> {
            values.put("coupons", yen(order.getTotalCoupons()));
            values.put("settlementDate", date(order.getSettlementDate()));
            values.put("method", order.getPaymentMethod().name());
            values.put("paid", yen(order.getPaidYen()));
        });
    }

    public void orderCancelled(PurchaseOrder order) {
        queue(order, PurchaseMail.ORDER_CANCELLED, values -> values.put("reason",
                order.getStatus() == OrderStatus.EXPIRED ? "EXPIRED" : "CANCELLED"));
    }

    /**
     * Money is owed back on the order: the excess of an overpayment (the coupons were issued), or the
     * whole of an underpayment (nothing was issued).
     */
    public void refundDue(PurchaseOrder order, long depositedYen, long refundYen) {
        queue(order, PurchaseMail.REFUND_DUE, values -> {
            values.put("deposited", yen(depositedYen));
            values.put("refund", yen(refundYen));
            values.put("outcome", depositedYen > order.getTotalYen() ? "OVERPAID" : "UNDERPAID");
        });
    }

    /** The bank took back the deposit that paid the order; its coupons were taken back. */
    public void depositReversed(PurchaseOrder order) {
        queue(order, PurchaseMail.DEPOSIT_REVERSED, values -> values.put("coupons", yen(order.getTotalCoupons())));
    }

    public void cardPaymentFailed(PurchaseOrder order) {
        queue(order, PurchaseMail.CARD_PAYMENT_FAILED, values -> { });
    }

    /**
     * The chamber paid a refund owed on an order: its buyer, if they asked for mail, learns the day and what
     * was sent. One mail per refund (an order can owe more than one: an overpayment and a late deposit).
     */
    public void refundPaid(@Observes RefundPaid paid) {
        RefundDue refund = paid.refund();
        if (refund.getOrderId() == null) {
            return;
        }
        PurchaseOrder order = em.find(PurchaseOrder.class, refund.getOrderId());
        queue(order, PurchaseMail.REFUND_PAID, "refund_paid:" + refund.getId(), values -> {
            values.put("refund", yen(refund.getAmountYen()));
            values.put("paid", yen(refund.getPaidYen()));
            values.put("fees", yen(refund.getAmountYen() - refund.getPaidYen()));
            values.put("paidOn", date(refund.getPaidOn()));
            values.put("reason", refund.getReason().name());
        });
    }

    /**
     * Queues the mail of one change of the order's state, if the buyer asked for mail. Each is queued
     * by the transaction that makes that change under the order's lock, so once: the outbox does not
     * look for an earlier one (its key stays the database's guard), which keeps the nightly
     * reconciliation's chunks free of a query per deposit.
     */
    private void queue(PurchaseOrder order, PurchaseMail kind, Consumer<Map<String, String>> details) {
        queue(order, kind, kind.name().toLowerCase() + ":" + order.getId(), details);
    }

    private void queue(PurchaseOrder order, PurchaseMail kind, String key, Consumer<Map<String, String>> details) {
        if (order.isMailRequested()) {
            Map<String, String> values = values(order);
            details.accept(values);
            outbox.queueNew(key, kind, order.getId(), order.getMailAddress(), values);
        }
    }

    private Map<String, String> values(PurchaseOrder order) {
        Company company = em.find(Company.class, order.getCompanyId());
        Map<String, String> values = new HashMap<>();
        values.put("buyerName", order.getPlacedByName());
        values.put("companyName", company.getNameJa());
        values.put("chamberName", company.getChamber().getNameJa());
        values.put("orderNumber", order.getOrderNumber().value());
        values.put("orderDate", date(order.getOrderDate()));
        values.put("amount", yen(order.getTotalYen()));
        values.put("lines", order.getLines().stream().map(line -> "　" + DocumentLine.of(line).text())
                .collect(Collectors.joining("\n")));
        return values;
    }

    private static String date(LocalDate date) {
        return JapaneseText.date(date);
    }

    private static String yen(Number amount) {
        return JapaneseText.number(amount);
    }
}
