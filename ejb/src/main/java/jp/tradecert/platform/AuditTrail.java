package jp.tradecert.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Writes the audit trail. {@link #record} joins the action's own transaction (MANDATORY): the line is
 * there exactly when the action is, never one without the other. {@link #recordAlone} is for an action
 * that has no transaction of its own (starting a batch job): it commits at once, after the action.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** {@code action}: the domain's name for it; {@code subject}: what was acted on, as {@code kind:id} (e.g. {@code bank-file:12}); before and after may be null. */
    public void record(AuditActor actor, Enum<?> action, String subject, String before, String after) {
        em.persist(new AuditEvent(actor, RequestOrigin.address(), action.name(), subject, before, after, clock.instant()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAlone(AuditActor actor, Enum<?> action, String subject, String before, String after) {
        record(actor, action, subject, before, after);
    }
}
