package jp.tradecert.purchase;

import jp.tradecert.notification.MailKind;
import jp.tradecert.notification.OutboxMail;

/** The mails about a purchase order, each with its text beside this class ({@code order-accepted.txt}...). */
public enum PurchaseMail implements MailKind {
    /** A bank-transfer order was placed: the one-time account and the deadline. */
    ORDER_ACCEPTED,
    /** The order was paid and its coupons issued. */
    COUPONS_ISSUED,
    /** The order was cancelled by the buyer, or expired unpaid. */
    ORDER_CANCELLED,
    /** The card payment failed; nothing was charged or issued. */
    CARD_PAYMENT_FAILED,
    /** Money is owed back to the buyer: an overpayment's excess, or a whole underpayment. */
    REFUND_DUE,
    /** The bank took back the deposit that paid the order: its coupons were taken back, the order cancelled. */
    DEPOSIT_REVERSED,
    /** The chamber paid back what was owed on the order: the day, the amount sent, the fees deducted. */
    REFUND_PAID;

    /** Which of these a mail of an order is. */
    public static PurchaseMail of(OutboxMail mail) {
        return valueOf(mail.getKind());
    }
}
