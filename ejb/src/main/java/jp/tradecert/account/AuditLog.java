package jp.tradecert.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tradecert.platform.AuditEvent;
import jp.tradecert.platform.SqlDialect;

/**
 * The console's audit log (監査ログ): the chamber's audit trail, newest first, a page at a time by
 * keyset, narrowed by action and by a text found in who did it or what it was done to. Only the chamber's
 * own staff read it; nothing here changes a line of it.
 */
@Stateless
public class AuditLog {

    /** The longest page one read returns. */
    public static final int MAX_PAGE = 100;

    /** Where a page ends: the last line's time and id. */
    public record Cursor(Instant at, long id) implements Serializable {
    }

    /** What the log is narrowed to; null or blank parts narrow nothing. */
    public record Filter(String action, String text) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    public List<AuditEvent> page(SignedInUser staff, Filter filter, Cursor after, int size) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = where(staff, filter, parameters);
        if (after != null) {
            where.append(" and (e.occurredAt < :at or (e.occurredAt = :at and e.id < :id))");
            parameters.put("at", after.at());
            parameters.put("id", after.id());
        }
        return query("select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class, parameters).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultList();
    }

    public long count(SignedInUser staff, Filter filter) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        Map<String, Object> parameters = new HashMap<>();
        return query("select count(e) from AuditEvent e" + where(staff, filter, parameters), Long.class, parameters)
                .getSingleResult();
    }

    public static Cursor cursorOf(AuditEvent event) {
        return new Cursor(event.getOccurredAt(), event.getId());
    }

    private static StringBuilder where(SignedInUser staff, Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where e.chamberId = :chamber");
        parameters.put("chamber", staff.chamberId());
        if (filter != null && filter.action() != null && !filter.action().isBlank()) {
            where.append(" and e.action = :action");
            parameters.put("action", filter.action().strip());
        }
        String text = filter == null ? "" : CompanyDirectory.normalized(filter.text());
        if (!text.isEmpty()) {
            where.append(" and (lower(e.actorName) like :text escape '\\' or lower(e.subject) like :text escape '\\')");
            parameters.put("text", SqlDialect.containing(text));
        }
        return where;
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Map<String, Object> parameters) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
