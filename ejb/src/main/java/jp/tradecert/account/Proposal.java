package jp.tradecert.account;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A money action a member of the chamber's staff proposed, which takes effect only when a supervisor
 * (承認者) other than the proposer approves it (four eyes). Decided once: approving again changes
 * nothing, and a rejected proposal never takes effect. The database refuses a proposer deciding their
 * own proposal too.
 */
@Entity
@Table(name = "proposal")
@NamedQueries({
        @NamedQuery(name = Proposal.PENDING, query = """
            select p from Proposal p where p.chamberId = :chamber and p.status = :proposed
            order by p.proposedAt, p.id"""),
        @NamedQuery(name = Proposal.PENDING_OF_REFUND, query = """
            select p from Proposal p where p.refundId = :refund and p.status = :proposed"""),
        @NamedQuery(name = Proposal.PENDING_OF_DEPOSIT, query = """
            select p from Proposal p where p.depositId = :deposit and p.status = :proposed"""),
        @NamedQuery(name = Proposal.PENDING_OF_COMPANY, query = """
            select p from Proposal p where p.companyId = :company and p.kind = :kind and p.status = :proposed""")
})
public class Proposal {

    /** A chamber's proposals waiting for a supervisor, oldest first. */
    public static final String PENDING = "Proposal.pending";
    /** The proposals waiting to mark one refund paid (at most one: a second is refused while one waits). */
    public static final String PENDING_OF_REFUND = "Proposal.pendingOfRefund";
    /** The proposals waiting to match one deposit to an order (at most one, likewise). */
    public static final String PENDING_OF_DEPOSIT = "Proposal.pendingOfDeposit";
    /** The proposals of one kind waiting for one company (a membership change: at most one). */
    public static final String PENDING_OF_COMPANY = "Proposal.pendingOfCompany";

    @Id
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    private Long id;

    @Column(name = "chamber_id", nullable = false, updatable = false)
    private long chamberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProposalKind kind;

    @Column(name = "company_id", updatable = false)
    private Long companyId;

    @Column(updatable = false)
    private Integer quantity;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "refund_id", updatable = false)
    private Long refundId;

    /** A refund's payment: the day the chamber's transfer went out, the yen sent and the bank's reference. */
    @Column(name = "paid_on", updatable = false)
    private LocalDate paidOn;

    @Column(name = "amount_yen", updatable = false)
    private Long amountYen;

    @Column(updatable = false)
    private String reference;

    /** A deposit's match: the deposit no order claimed and the order a clerk found it pays. */
    @Column(name = "deposit_id", updatable = false)
    private Long depositId;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private long proposedBy;

    /** The proposer's name at the time, as the audit trail shows it. */
    @Column(nullable = false, updatable = false)
    private String proposer;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Membership membership;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Proposal() {
    }

    /** A balance adjustment of {@code quantity} coupons (either sign, never 0) for a company of the chamber. */
    static Proposal adjustment(long chamberId, long companyId, int quantity, String reason, long proposedBy,
            String proposer, Instant now) {
        if (quantity == 0) {
            throw new IllegalArgumentException("An adjustment adds or takes at least one coupon");
        }
        Proposal proposal = proposed(ProposalKind.BALANCE_ADJUSTMENT, chamberId, companyId, reason, proposedBy,
                proposer, now);
        proposal.quantity = quantity;
        return proposal;
    }

    /** Marking a refund of a company of the chamber paid: on {@code paidOn}, {@code amountYen} sent, the bank's reference. */
    static Proposal refundPaid(long chamberId, long companyId, long refundId, LocalDate paidOn, long amountYen,
            String reference, String note, long proposedBy, String proposer, Instant now) {
        Proposal proposal = proposed(ProposalKind.REFUND_PAID, chamberId, companyId, note, proposedBy, proposer, now);
        proposal.refundId = refundId;
        proposal.paidOn = Objects.requireNonNull(paidOn);
        proposal.amountYen = amountYen;
        proposal.reference = Objects.requireNonNull(reference).strip();
        return proposal;
    }

    /** Applying a deposit no order claimed to an order of a company of the chamber; {@code description} says what it is. */
    static Proposal depositMatch(long chamberId, long companyId, long depositId, long orderId, String description,
            long proposedBy, String proposer, Instant now) {
        Proposal proposal = proposed(ProposalKind.DEPOSIT_MATCH, chamberId, companyId, description, proposedBy,
                proposer, now);
        proposal.depositId = depositId;
        proposal.orderId = orderId;
        return proposal;
    }

    /** Giving a deposit no order claimed back, in full, to a company of the chamber that sent it. */
    static Proposal depositRefund(long chamberId, long companyId, long depositId, String description,
            long proposedBy, String proposer, Instant now) {
        Proposal proposal = proposed(ProposalKind.DEPOSIT_REFUND, chamberId, companyId, description, proposedBy,
                proposer, now);
        proposal.depositId = depositId;
        return proposal;
    }

    /**
     * Recording a deposit no order claimed as sent back to its sender, who is no company (so the proposal names
     * none): on {@code sentOn}, {@code sentYen} sent (the deposit less the transfer's fee), the bank's reference.
     */
    static Proposal depositReturn(long chamberId, long depositId, LocalDate sentOn, long sentYen, String reference,
            String description, long proposedBy, String proposer, Instant now) {
        Proposal proposal = proposed(ProposalKind.DEPOSIT_RETURN, chamberId, null, description, proposedBy, proposer,
                now);
        proposal.depositId = depositId;
        proposal.paidOn = Objects.requireNonNull(sentOn);
        proposal.amountYen = sentYen;
        proposal.reference = Objects.requireNonNull(reference).strip();
        return proposal;
    }

    /**
     * A company of the chamber becoming {@code to}; {@code previewYen} is the refund the proposer saw (the
     * refund made on approval counts the coupons left then).
     */
    static Proposal membershipChange(long chamberId, long companyId, Membership to, long previewYen, String reason,
            long proposedBy, String proposer, Instant now) {
        Proposal proposal = proposed(ProposalKind.MEMBERSHIP_CHANGE, chamberId, companyId, reason, proposedBy,
                proposer, now);
        proposal.membership = Objects.requireNonNull(to);
        proposal.amountYen = previewYen;
        return proposal;
    }

    private static Proposal proposed(ProposalKind kind, long chamberId, Long companyId, String reason,
            long proposedBy, String proposer, Instant now) {
        Proposal proposal = new Proposal();
        proposal.chamberId = chamberId;
        proposal.kind = kind;
        proposal.companyId = companyId;
        proposal.reason = Objects.requireNonNull(reason).strip();
        proposal.proposedBy = proposedBy;
        proposal.proposer = proposer.length() <= 100 ? proposer : proposer.substring(0, 100);
        proposal.proposedAt = now;
        proposal.status = ProposalStatus.PROPOSED;
        return proposal;
    }

    /** Decides the proposal; false when it was decided before (nothing changes then). */
    boolean decide(ProposalStatus outcome, long supervisorId, Instant now) {
        if (status != ProposalStatus.PROPOSED) {
            return false;
        }
        if (supervisorId == proposedBy) {
            throw new ProposalRefusedException(id, "the proposer cannot decide their own proposal");
        }
        status = outcome;
        decidedBy = supervisorId;
        decidedAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    /** The membership a membership change proposes (null for other kinds). */
    public Membership getMembership() {
        return membership;
    }

    public long getChamberId() {
        return chamberId;
    }

    public ProposalKind getKind() {
        return kind;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public String getReason() {
        return reason;
    }

    public Long getRefundId() {
        return refundId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public Long getAmountYen() {
        return amountYen;
    }

    public String getReference() {
        return reference;
    }

    public Long getDepositId() {
        return depositId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public long getProposedBy() {
        return proposedBy;
    }

    public String getProposer() {
        return proposer;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
