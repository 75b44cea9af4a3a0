package jp.tradecert.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import jp.tradecert.platform.Backoff;

/**
 * A mail waiting in the outbox, then sent. Each attempt is recorded before the mail is handed to the SMTP
 * server ({@link #claim}) and its outcome after, each in a transaction of its own: an attempt whose outcome
 * was never recorded is known as uncertain at the next one, which sends the mail again with the same
 * Message-ID. While the SMTP server cannot take it, the next attempt waits longer ({@link Backoff}: 1, 2,
 * 4 … minutes, at most an hour). A mail refused for good, or after the last attempt allowed, is
 * {@link Status#DEAD}: kept, never tried again.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQueries({
        @NamedQuery(name = OutboxMail.DUE, query = """
            select m.id from OutboxMail m
            where m.status = jp.tradecert.notification.OutboxMail.Status.PENDING and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id"""),
        @NamedQuery(name = OutboxMail.BY_KEY, query = "select m from OutboxMail m where m.idempotencyKey = :key"),
        @NamedQuery(name = OutboxMail.OF_ORDER, query = "select m from OutboxMail m where m.orderId = :order order by m.id"),
        @NamedQuery(name = OutboxMail.OF_APPLICATION,
                query = "select m from OutboxMail m where m.applicationId = :application order by m.id")
})
public class OutboxMail {

    /** The mails about an order, oldest first. */
    public static final String OF_ORDER = "OutboxMail.ofOrder";

    /** The mails about a certificate application, oldest first. */
    public static final String OF_APPLICATION = "OutboxMail.ofApplication";

    /** The mail of one business event, by its idempotency key. */
    public static final String BY_KEY = "OutboxMail.byKey";

    /** The ids of the mails due for an attempt at {@code :now}, the oldest first. */
    public static final String DUE = "OutboxMail.due";

    public enum Status {
        PENDING, SENT,
        /** Given up: refused for good, or failed every attempt allowed. The staff were told. */
        DEAD
    }

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    /** The {@link MailKind}'s name. */
    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "to_address", nullable = false, updatable = false)
    private String toAddress;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    /** When the attempt under way was handed to the SMTP server; null when no attempt is under way. */
    @Column(name = "sending_since")
    private Instant sendingSince;

    /** Attempts whose outcome was never recorded (each followed by a resend with the same Message-ID). */
    @Column(name = "uncertain_attempts", nullable = false)
    private int uncertainAttempts;

    @Column(name = "dead_at")
    private Instant deadAt;

    @Version
    private long version;

    protected OutboxMail() {
    }

    OutboxMail(String idempotencyKey, String kind, MailOutbox.About about, String toAddress, String subject,
            String body, Instant now) {
        this.idempotencyKey = idempotencyKey;
        this.kind = kind;
        this.orderId = about.orderId();
        this.applicationId = about.applicationId();
        this.toAddress = toAddress;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
    }

    boolean isDue(Instant now) {
        return status == Status.PENDING && !nextAttemptAt.isAfter(now);
    }

    /**
     * Records an attempt starting now, before the mail goes to the SMTP server; no other attempt is due
     * until {@code lease} has passed (longer than any send takes). Answers whether an earlier attempt's
     * outcome was never recorded: this one is then a resend.
     */
    boolean claim(Instant now, Duration lease) {
        boolean uncertain = sendingSince != null;
        if (uncertain) {
            attempts++;
            uncertainAttempts++;
        }
        sendingSince = now;
        nextAttemptAt = now.plus(lease);
        return uncertain;
    }

    void sent(Instant now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        sendingSince = null;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * The SMTP server did not take the mail. Answers whether the mail is dead now: refused for good
     * ({@code permanent}), or this was attempt {@code maxAttempts}.
     */
    boolean failed(String error, boolean permanent, int maxAttempts, Instant now) {
        attempts++;
        sendingSince = null;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (permanent || attempts >= maxAttempts) {
            status = Status.DEAD;
            deadAt = now;
            nextAttemptAt = null;
            return true;
        }
        nextAttemptAt = now.plus(Backoff.after(attempts));
        return false;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSendingSince() {
        return sendingSince;
    }

    public int getUncertainAttempts() {
        return uncertainAttempts;
    }

    public Instant getDeadAt() {
        return deadAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getApplicationId() {
        return applicationId;
    }
}
