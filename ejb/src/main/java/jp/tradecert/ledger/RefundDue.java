package jp.tradecert.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Money the chamber owes a company back, paid later on the chamber's refund request form (返金依頼書)
 * less transfer fees. Created once per business event (its idempotency key is unique).
 */
@Entity
@Table(name = "refund_due")
@NamedQueries({
        @NamedQuery(name = RefundDue.BY_KEY, query = "select r from RefundDue r where r.idempotencyKey = :key"),
        @NamedQuery(name = RefundDue.OF_COMPANY, query = "select r from RefundDue r where r.companyId = :company order by r.id")
})
public class RefundDue {

    /** The refund of one business event, by its idempotency key. */
    public static final String BY_KEY = "RefundDue.byKey";
    /** What the chamber owes a company back, oldest first. */
    public static final String OF_COMPANY = "RefundDue.ofCompany";

    @Id
    @SequenceGenerator(name = "refund_due_seq", sequenceName = "refund_due_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refund_due_seq")
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RefundReason reason;

    @Column(name = "amount_yen", nullable = false, updatable = false)
    private long amountYen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RefundStatus status;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    // a relation, not a bare id, so that the entry is written before the refund that points to it
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", updatable = false)
    private LedgerEntry entry;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected RefundDue() {
    }

    RefundDue(long companyId, RefundReason reason, long amountYen, String idempotencyKey, Instant createdAt) {
        if (amountYen < 0) {
            throw new IllegalArgumentException("A refund is not negative: " + amountYen);
        }
        this.companyId = companyId;
        this.reason = Objects.requireNonNull(reason);
        this.amountYen = amountYen;
        this.status = RefundStatus.DUE;
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    RefundDue forEntry(LedgerEntry entry) {
        this.entry = entry;
        return this;
    }

    RefundDue forOrder(long orderId) {
        this.orderId = orderId;
        return this;
    }

    /** The bank returned the money this refund was for: nothing is owed any more. */
    public void cancel() {
        if (status != RefundStatus.DUE) {
            throw new IllegalStateException("Refund " + id + " is " + status);
        }
        status = RefundStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public RefundReason getReason() {
        return reason;
    }

    public long getAmountYen() {
        return amountYen;
    }

    public RefundStatus getStatus() {
        return status;
    }

    public Long getEntryId() {
        return entry == null ? null : entry.getId();
    }

    public Long getOrderId() {
        return orderId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
