package jp.tradecert.deposit;

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
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundStatus;

/**
 * A deposit the reconciliation applied, and what it became. Its bank reference is unique: the same
 * record in a later file, or read again after a restart, is recognised and changes nothing.
 */
@Entity
@Table(name = "deposit")
@NamedQueries({
        @NamedQuery(name = AppliedDeposit.BY_REFERENCES,
            query = "select d from AppliedDeposit d where d.bankReference in :references"),
        @NamedQuery(name = AppliedDeposit.OF_ORDER,
            query = "select d from AppliedDeposit d where d.orderId = :order order by d.id"),
        @NamedQuery(name = AppliedDeposit.OF_FILE,
            query = "select d from AppliedDeposit d where d.fileId = :file and d.id > :after order by d.id"),
        @NamedQuery(name = AppliedDeposit.UNMATCHED, query = """
            select d from AppliedDeposit d where d.outcome = jp.tradecert.deposit.DepositOutcome.UNMATCHED
            order by d.depositDate, d.id""")
})
public class AppliedDeposit {

    /** The deposits applied with any of these bank references. */
    public static final String BY_REFERENCES = "AppliedDeposit.byReferences";
    /** The clerk's queue: deposits no order has claimed, oldest first. */
    public static final String UNMATCHED = "AppliedDeposit.unmatched";
    /** What became of a file's deposits, in the order they were applied (the file's), after a deposit's id. */
    public static final String OF_FILE = "AppliedDeposit.ofFile";
    /** The deposits applied to an order (the one that paid it, and any that came late), in order. */
    public static final String OF_ORDER = "AppliedDeposit.ofOrder";

    @Id
    @SequenceGenerator(name = "deposit_seq", sequenceName = "deposit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deposit_seq")
    private Long id;

    @Column(name = "bank_reference", nullable = false, updatable = false)
    private String bankReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DepositFormat format;

    @Column(name = "bank_code", updatable = false)
    private String bankCode;

    @Column(name = "branch_code", updatable = false)
    private String branchCode;

    @Column(nullable = false, updatable = false)
    private String account;

    @Column(name = "amount_yen", nullable = false, updatable = false)
    private long amountYen;

    @Column(name = "deposit_date", nullable = false, updatable = false)
    private LocalDate depositDate;

    @Column(name = "value_date", nullable = false, updatable = false)
    private LocalDate valueDate;

    @Column(name = "remitter_name", nullable = false, updatable = false)
    private String remitterName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepositOutcome outcome;

    @Column(name = "order_id")
    private Long orderId;

    // a relation, not a bare id, so that the refund is written before the deposit that points to it
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "refund_id")
    private RefundDue refund;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Column(name = "file_id", updatable = false)
    private Long fileId;

    /** The approved proposal that matched this deposit to its order by hand, if a clerk did. */
    @Column(name = "matched_by_proposal")
    private Long matchedByProposal;

    @Version
    private long version;

    protected AppliedDeposit() {
    }

    AppliedDeposit(Deposit deposit, DepositOutcome outcome, Long orderId, RefundDue refund, Instant now) {
        this.bankReference = deposit.bankReference();
        this.format = deposit.format();
        this.bankCode = deposit.bankCode();
        this.branchCode = deposit.branchCode();
        this.account = deposit.account();
        this.amountYen = deposit.amountYen();
        this.depositDate = deposit.depositDate();
        this.valueDate = deposit.valueDate();
        this.remitterName = deposit.remitterName();
        this.outcome = outcome;
        this.orderId = orderId;
        this.refund = refund;
        this.appliedAt = now;
    }

    /** The business event of what a deposit that came too late (or to a closed order) owes back. */
    static String lateRefundKey(String bankReference) {
        return "late:" + bankReference;
    }

    /** Whether the deposit settled its order (and so issued coupons). */
    boolean settledItsOrder() {
        return outcome == DepositOutcome.SETTLED || outcome == DepositOutcome.OVERPAID;
    }

    /** Whether what is owed back for it, if anything, has not been paid out yet. */
    boolean refundUnpaid() {
        return refund == null || refund.getStatus() != RefundStatus.PAID;
    }

    /**
     * The bank took the deposit back: nothing is owed for it any more (its refund, if any, is
     * cancelled). A deposit that settled its order is reversed only once its order's settlement is.
     */
    void reverse() {
        if (refund != null && refund.getStatus() == RefundStatus.DUE) {
            refund.cancel();
        }
        outcome = DepositOutcome.REVERSED;
    }

    /**
     * A clerk gave this deposit, which no order had claimed, back to the company that sent it (approved as
     * {@code proposalId}): all of it is owed back. Once: only an unmatched deposit.
     */
    void refundByHand(RefundDue owed, long proposalId) {
        if (outcome != DepositOutcome.UNMATCHED) {
            throw new DepositNotUnmatchedException(id, outcome);
        }
        this.outcome = DepositOutcome.REFUNDED;
        this.refund = owed;
        this.matchedByProposal = proposalId;
    }

    /**
     * A clerk sent this deposit, which no order had claimed and no company of the chamber sent, back to its
     * sender (approved as {@code proposalId}, which records the transfer). Once: only an unmatched deposit.
     */
    void returnByHand(long proposalId) {
        if (outcome != DepositOutcome.UNMATCHED) {
            throw new DepositNotUnmatchedException(id, outcome);
        }
        this.outcome = DepositOutcome.RETURNED;
        this.matchedByProposal = proposalId;
    }

    /**
     * A clerk matched this deposit, which no order had claimed, to an order (approved as
     * {@code proposalId}); it became what the order's rules made of it. Once: only an unmatched deposit.
     */
    void matchByHand(long order, DepositOutcome became, RefundDue owed, long proposalId) {
        if (outcome != DepositOutcome.UNMATCHED) {
            throw new DepositNotUnmatchedException(id, outcome);
        }
        this.orderId = order;
        this.outcome = became;
        this.refund = owed;
        this.matchedByProposal = proposalId;
    }

    public Long getMatchedByProposal() {
        return matchedByProposal;
    }

    void fromFile(long file) {
        this.fileId = file;
    }

    public Long getId() {
        return id;
    }

    public String getBankReference() {
        return bankReference;
    }

    public String getBankCode() {
        return bankCode;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public DepositFormat getFormat() {
        return format;
    }

    public Long getFileId() {
        return fileId;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getAccount() {
        return account;
    }

    public long getAmountYen() {
        return amountYen;
    }

    public LocalDate getDepositDate() {
        return depositDate;
    }

    public String getRemitterName() {
        return remitterName;
    }

    public DepositOutcome getOutcome() {
        return outcome;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getRefundId() {
        return refund == null ? null : refund.getId();
    }
}
