/**
 * Mails to buyers (order accepted, coupons issued, order cancelled, card payment failed): written to
 * an outbox in the transaction of the change they report, and delivered by a timer through the
 * server's Jakarta Mail session, retried with back-off while the SMTP server is away.
 */
package jp.tradecert.notification;
