package jp.tradecert.notification;

/** The outbox's own mails, each with its text beside this class. */
public enum NotificationMail implements MailKind {
    /** To the staff: a mail could not be delivered and will not be tried again. */
    MAIL_UNDELIVERED
}
