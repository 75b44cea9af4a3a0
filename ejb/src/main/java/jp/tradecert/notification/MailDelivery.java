package jp.tradecert.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued mails through the server's mail session {@code mail/coupons}. An attempt is claimed in
 * the delivery log ({@link MailAttempts}) before the mail goes to the SMTP server, and its outcome is
 * recorded after, each step committed on its own: two rounds at once (two timers, two servers) never send
 * one mail twice, and a send whose outcome was lost is known as such. No transaction and no lock is held
 * while the SMTP server talks. A refusal is retried later; a refusal for good (the address refused by the
 * server, or not an address at all) ends the mail's attempts at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "mail/coupons")
    private Session session;

    @Inject
    private Clock clock;

    @EJB
    private MailAttempts attempts;

    /**
     * The SMTP server's password for the mail session's user ({@code mail.user}), from the server's
     * environment ({@code COUPONS_SMTP_PASSWORD}), so that it is written nowhere; none: no sign-in.
     */
    @Inject
    @ConfigProperty(name = "coupons.smtp.password")
    Optional<String> password;

    /** Mails due for an attempt now, the oldest first. */
    public List<Long> due(int max) {
        return em.createNamedQuery(OutboxMail.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** One attempt at one mail; answers whether it went. */
    public boolean attempt(long mailId) {
        Optional<OutboxMail> claimed = attempts.claim(mailId);
        if (claimed.isEmpty()) {
            return false;
        }
        OutboxMail mail = claimed.get();
        try {
            send(message(mail), password);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Mail " + mailId + " not sent (attempt " + (mail.getAttempts() + 1) + "): " + e);
            attempts.failed(mailId, String.valueOf(e), refusedForGood(e));
            return false;
        }
        attempts.sent(mailId);
        return true;
    }

    /**
     * Hands the message to the SMTP server of its session, signed in as the session's user when there
     * is a password. STARTTLS, if the session asks for it ({@code mail.smtp.starttls.required}), comes
     * before the sign-in: the password never travels in clear.
     */
    static void send(MimeMessage message, Optional<String> password) throws MessagingException {
        if (password.isEmpty()) {
            Transport.send(message);
            return;
        }
        Session session = message.getSession();
        String user = Optional.ofNullable(session.getProperty("mail.smtp.user"))
                .orElse(session.getProperty("mail.user"));
        Transport.send(message, user, password.get());
    }

    /**
     * Whether sending again cannot help: the address is not one, or the SMTP server refused it with a
     * permanent (5xx) answer, which Jakarta Mail reports as an invalid address. A server that cannot be
     * reached, a 4xx answer or a refused sender are worth another attempt.
     */
    static boolean refusedForGood(MessagingException failure) {
        Exception cause = failure;
        while (cause != null) {
            if (cause instanceof AddressException) {
                return true;
            }
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
            cause = cause instanceof MessagingException next && next.getNextException() != cause
                    ? next.getNextException() : null;
        }
        return false;
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
