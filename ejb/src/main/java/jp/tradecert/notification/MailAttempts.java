package jp.tradecert.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The delivery log of the outbox: each step of an attempt at a mail is recorded in a transaction of its
 * own, so that what was recorded survives whatever happens next. The claim is committed before the mail
 * goes to the SMTP server, and the outcome after; a claim never followed by an outcome (the server
 * stopped, the commit failed) makes the next attempt a resend, counted as such. A mail that is dead
 * (refused for good, or {@code coupons.mail.max-attempts} failures, default 48: two days at the longest
 * wait) is told to the staff ({@code coupons.mail.alert-mail-to}), in the same transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailAttempts {

    /** How long a claimed attempt keeps other rounds off the mail: far longer than a send may take. */
    public static final Duration LEASE = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(MailAttempts.class.getName());
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu年MM月dd日 HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "coupons.mail.max-attempts", defaultValue = "48")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "coupons.mail.alert-mail-to", defaultValue = "staff@localhost")
    String staff;

    /**
     * Claims the mail for an attempt starting now, if it is due: not sent, not dead, and no other
     * attempt under way. Answers it, to be sent.
     */
    public Optional<OutboxMail> claim(long mailId) {
        OutboxMail mail = em.find(OutboxMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (mail == null || !mail.isDue(now)) {
            return Optional.empty();
        }
        Instant unrecorded = mail.getSendingSince();
        if (mail.claim(now, LEASE)) {
            LOG.warning(() -> "Mail " + mailId + ": the outcome of its attempt of " + unrecorded
                    + " was never recorded; sent again with the same Message-ID");
        }
        return Optional.of(mail);
    }

    /** The SMTP server took the mail. */
    public void sent(long mailId) {
        lock(mailId).sent(clock.instant());
    }

    /** The SMTP server did not take the mail: tried again later, or dead (and the staff told). */
    public void failed(long mailId, String error, boolean refusedForGood) {
        OutboxMail mail = lock(mailId);
        Instant now = clock.instant();
        if (!mail.failed(error, refusedForGood, maxAttempts, now)) {
            return;
        }
        LOG.severe(() -> "Mail " + mailId + " (" + mail.getKind() + ") is dead after " + mail.getAttempts()
                + " attempts: " + mail.getLastError());
        // a mail telling of an undelivered mail is not told of in turn
        if (!NotificationMail.MAIL_UNDELIVERED.name().equals(mail.getKind())) {
            outbox.queueNew("mail-undelivered:" + mailId, NotificationMail.MAIL_UNDELIVERED,
                    new MailOutbox.About(mail.getOrderId(), mail.getApplicationId()), staff, Map.of(
                            "to", mail.getToAddress(), "subject", mail.getSubject(), "kind", mail.getKind(),
                            "created", SHOWN.format(mail.getCreatedAt()), "attempts", String.valueOf(mail.getAttempts()),
                            "why", String.valueOf(mail.getLastError())));
        }
    }

    private OutboxMail lock(long mailId) {
        OutboxMail mail = em.find(OutboxMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            throw new IllegalStateException("No mail " + mailId + " in the outbox");
        }
        return mail;
    }
}
