package jp.tradecert.notification;

/**
 * What a mail reports. Each domain package names its own mails, as an enum implementing this
 * ({@code purchase.PurchaseMail}, {@code deposit.DepositMail}...), and keeps the text of each beside that
 * enum: {@code order-accepted.txt} for {@code ORDER_ACCEPTED} (see {@link MailTemplate}). The name is
 * stored with the mail, and the database knows every name (the outbox's check constraint).
 */
public interface MailKind {

    /** The kind's name, as stored: {@code ORDER_ACCEPTED}. An enum's own {@code name()}. */
    String name();
}
