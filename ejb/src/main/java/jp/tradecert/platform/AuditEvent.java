package jp.tradecert.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: who did what to what, from where, and the state before and after.
 * Written once, never changed (every column {@code updatable = false}; on PostgreSQL a trigger refuses
 * any change too).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The longest before or after text kept (the column's size); a longer one is cut with a mark. */
    static final int MAX_STATE = 2000;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "chamber_id", updatable = false)
    private Long chamberId;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private String subject;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AuditEvent() {
    }

    AuditEvent(AuditActor actor, String clientAddress, String action, String subject, String before, String after,
            Instant occurredAt) {
        this.chamberId = actor.chamberId();
        this.actorId = actor.accountId();
        this.actorName = cut(Objects.requireNonNull(actor.name()), 100);
        this.clientAddress = clientAddress == null ? null : cut(clientAddress, 64);
        this.action = Objects.requireNonNull(action);
        this.subject = subject == null ? null : cut(subject, 120);
        this.before = before == null ? null : cut(before, MAX_STATE);
        this.after = after == null ? null : cut(after, MAX_STATE);
        this.occurredAt = Objects.requireNonNull(occurredAt);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getChamberId() {
        return chamberId;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
