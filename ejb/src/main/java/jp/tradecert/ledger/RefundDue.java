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
import java.time.LocalDate;
import java.util.Objects;
import jp.tradecert.platform.Clocks;

/**
 * Money the chamber owes a company back, paid later on the chamber's refund request form (返金依頼書)
 * less transfer fees. Created once per business event (its idempotency key is unique). {@code DUE} until
 * either the bank returns the money it was for ({@code CANCELLED}) or the chamber's transfer is recorded
 * ({@code PAID}, by an approved proposal: the date, the yen sent and the bank's reference), once: a
 * refund that is not due any more is never paid again.
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

    @Column(name = "paid_on")
    private LocalDate paidOn;

    /** What the chamber sent: the amount owed less the transfer fee and costs, which are the buyer's. */
    @Column(name = "paid_yen")
    private Long paidYen;

    @Column(name = "paid_reference")
    private String paidReference;

    /** The approved proposal that recorded the payment (four eyes). */
    @Column(name = "paid_by_proposal")
    private Long paidByProposal;

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
            throw new RefundNotDueException(id, status);
        }
        status = RefundStatus.CANCELLED;
    }

    /**
     * The chamber paid this refund: {@code paidYen} yen (at most what was owed) on {@code paidOn}, under the
     * bank's {@code reference}, as the approved {@code proposalId} says.
     */
    public void markPaid(LocalDate paidOn, long paidYen, String reference, long proposalId, LocalDate today) {
        checkPayment(paidOn, paidYen, reference, today);
        this.status = RefundStatus.PAID;
        this.paidOn = Objects.requireNonNull(paidOn);
        this.paidYen = paidYen;
        this.paidReference = reference.strip();
        this.paidByProposal = proposalId;
    }

    /**
     * The one rule on what a payment of this refund may say, checked when it is proposed and again when it
     * is made: the refund still due; 0 to the amount owed (the transfer fee and costs are deducted, never
     * added; 0 when they eat all of it); paid on a day from the refund's own to today; the bank's reference.
     */
    public void checkPayment(LocalDate paidOn, long paidYen, String reference, LocalDate today) {
        if (status != RefundStatus.DUE) {
            throw new RefundNotDueException(id, status);
        }
        if (paidYen < 0 || paidYen > amountYen) {
            throw new RefundPaymentInvalidException(id, RefundPaymentInvalidException.Why.AMOUNT, amountYen);
        }
        if (paidOn == null || paidOn.isAfter(today) || paidOn.isBefore(createdAt.atZone(Clocks.TOKYO).toLocalDate())) {
            throw new RefundPaymentInvalidException(id, RefundPaymentInvalidException.Why.DATE, amountYen);
        }
        if (reference == null || reference.isBlank() || reference.strip().length() > MAX_REFERENCE) {
            throw new RefundPaymentInvalidException(id, RefundPaymentInvalidException.Why.REFERENCE, amountYen);
        }
    }

    /** The longest bank reference of a payment (the column's size). */
    public static final int MAX_REFERENCE = 40;

    public boolean isDue() {
        return status == RefundStatus.DUE;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public Long getPaidYen() {
        return paidYen;
    }

    public String getPaidReference() {
        return paidReference;
    }

    public Long getPaidByProposal() {
        return paidByProposal;
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
