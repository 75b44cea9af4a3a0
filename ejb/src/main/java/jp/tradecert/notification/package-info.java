/**
 * How mail is sent, not what it says: the outbox, written in the transaction of the change a mail
 * reports, and its delivery by a timer through the server's Jakarta Mail session, retried with
 * back-off while the SMTP server is away. Each domain package names its mails ({@link
 * jp.tradecert.notification.MailKind}) and keeps their texts beside them.
 */
package jp.tradecert.notification;
