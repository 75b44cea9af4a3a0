package jp.tradecert.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queues mails. Always inside the caller's transaction (MANDATORY): a mail exists only if the change it
 * reports commits. Queuing the same key twice (a retried transaction, a repeated event) queues once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** What a mail is about, so that it can be found from there: an order, an application, or neither. */
    public record About(Long orderId, Long applicationId) {

        public static final About NOTHING = new About(null, null);

        public static About order(Long orderId) {
            return new About(orderId, null);
        }

        public static About application(long applicationId) {
            return new About(null, applicationId);
        }
    }

    public OutboxMail queue(String key, MailKind kind, Long orderId, String to, Map<String, String> values) {
        Optional<OutboxMail> queued = find(key);
        if (queued.isPresent()) {
            return queued.get();
        }
        return queueNew(key, kind, orderId, to, values);
    }

    /**
     * Queues a mail the caller knows is not queued yet (it tells of a change the caller has just made,
     * under a lock that lets it happen once): nothing is looked up, the key's unique constraint still
     * refuses a second one.
     */
    public OutboxMail queueNew(String key, MailKind kind, Long orderId, String to, Map<String, String> values) {
        return queueNew(key, kind, About.order(orderId), to, values);
    }

    /** As {@link #queueNew(String, MailKind, Long, String, Map)}, for a mail about anything. */
    public OutboxMail queueNew(String key, MailKind kind, About about, String to, Map<String, String> values) {
        MailTemplate mail = MailTemplate.of(kind).fill(values);
        OutboxMail outboxMail = new OutboxMail(key, kind.name(), about, to, mail.subject(), mail.body(), clock.instant());
        em.persist(outboxMail);
        return outboxMail;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<OutboxMail> find(String key) {
        return em.createNamedQuery(OutboxMail.BY_KEY, OutboxMail.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** The mails about an order, oldest first (for the tests and for support). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OutboxMail> ofOrder(long orderId) {
        return em.createNamedQuery(OutboxMail.OF_ORDER, OutboxMail.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    /** The mails about a certificate application, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OutboxMail> ofApplication(long applicationId) {
        return em.createNamedQuery(OutboxMail.OF_APPLICATION, OutboxMail.class)
                .setParameter("application", applicationId)
                .getResultList();
    }
}
