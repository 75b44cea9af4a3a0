package jp.tradecert.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued mails through the server's mail session {@code mail/coupons}, each in a transaction of
 * its own that holds the mail's row locked while the SMTP server takes it: two rounds at once (two
 * timers, two servers) never send one mail twice. A refusal is recorded and retried later.
 */
@Stateless
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "mail/coupons")
    private Session session;

    @Inject
    private Clock clock;

    /** Mails due for an attempt now, the oldest first. */
    public List<Long> due(int max) {
        return em.createNamedQuery(OutboxMail.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** One attempt at one mail; answers whether it went. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean attempt(long mailId) {
        OutboxMail mail = em.find(OutboxMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (mail == null || !mail.isDue(now)) {
            return false;
        }
        try {
            Transport.send(message(mail));
            mail.sent(now);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Mail " + mailId + " not sent (attempt " + (mail.getAttempts() + 1) + "): " + e);
            mail.failed(String.valueOf(e), now);
            return false;
        }
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // stable across retries: a receiver can tell a repeat from a new mail
                setHeader("Message-ID", "<outbox-" + mail.getId() + "@coupons.tradecert.jp>");
            }
        };
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getToAddress()));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        return message;
    }
}
