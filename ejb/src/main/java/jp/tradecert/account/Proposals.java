package jp.tradecert.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundNotFoundException;
import jp.tradecert.platform.AuditTrail;
import jp.tradecert.platform.ReasonRequiredException;

/**
 * Four eyes on the chamber's money actions: any member of the staff proposes, a supervisor (承認者) of
 * the same chamber other than the proposer approves or rejects, and an approved proposal takes effect in
 * the approval's transaction, exactly once (the proposal row is locked, and its action is keyed by the
 * proposal). Every step is a line of the audit trail. Another chamber's proposal is not found.
 */
@Stateless
public class Proposals {

    /** The most coupons one adjustment adds or takes (a booklet is 30; a mistake of thousands is a typo). */
    public static final int MAX_ADJUSTMENT = 1_000;

    /** The longest reason taken (the screen's limit too). */
    public static final int MAX_REASON = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private CompanyDirectory directory;

    @EJB
    private ChamberOperations operations;

    @EJB
    private MembershipService memberships;

    @EJB
    private LedgerService ledger;

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<ProposalApproved> approved;

    /** Proposes adding ({@code quantity} > 0) or taking coupons of a company of the staff member's chamber. */
    public Proposal proposeAdjustment(SignedInUser staff, long companyId, int quantity, String reason) {
        StaffOnlyException.check(staff, staff.chamberId());
        Company company = directory.get(staff, companyId);
        ReasonRequiredException.check(reason);
        if (reason.strip().length() > MAX_REASON) {
            // the ledger's note takes the reason and the proposal's number: refused before anything is written
            throw new IllegalArgumentException("A reason has at most " + MAX_REASON + " characters");
        }
        if (quantity == 0 || Math.abs(quantity) > MAX_ADJUSTMENT) {
            throw new IllegalArgumentException("An adjustment is of 1 to " + MAX_ADJUSTMENT + " coupons, either way");
        }
        Proposal proposal = Proposal.adjustment(staff.chamberId(), company.getId(), quantity, reason,
                staff.accountId(), staff.auditActor().name(), clock.instant());
        em.persist(proposal);
        em.flush();
        audit.record(staff.auditActor(), AuditAction.ADJUSTMENT_PROPOSED, "proposal:" + proposal.getId(), null,
                "company:" + companyId + " " + (quantity > 0 ? "+" : "") + quantity + ", reason: " + proposal.getReason());
        return proposal;
    }

    /**
     * Proposes recording the chamber's transfer of a refund due to a company of the staff member's chamber:
     * paid on {@code paidOn}, {@code paidYen} sent (the refund less the fees), under the bank's
     * {@code reference}. Refused while another proposal for the refund waits, or when it is not due.
     */
    public Proposal proposeRefundPaid(SignedInUser staff, long refundId, LocalDate paidOn, long paidYen,
            String reference) {
        StaffOnlyException.check(staff, staff.chamberId());
        RefundDue refund = refundOfChamber(staff, refundId);
        refund.checkPayment(paidOn, paidYen, reference, LocalDate.now(clock));
        if (!em.createNamedQuery(Proposal.PENDING_OF_REFUND, Proposal.class).setParameter("refund", refundId)
                .setParameter("proposed", ProposalStatus.PROPOSED).getResultList().isEmpty()) {
            throw new ProposalRefusedException(null, "a proposal for refund " + refundId + " is waiting");
        }
        Proposal proposal = Proposal.refundPaid(staff.chamberId(), refund.getCompanyId(), refundId, paidOn, paidYen,
                reference, "返金 " + refundId + " の支払を記録", staff.accountId(), staff.auditActor().name(),
                clock.instant());
        em.persist(proposal);
        em.flush();
        audit.record(staff.auditActor(), AuditAction.REFUND_PAYMENT_PROPOSED, "proposal:" + proposal.getId(),
                null, "refund:" + refundId + " " + paidYen + " yen of " + refund.getAmountYen() + " paid on " + paidOn
                        + ", reference " + proposal.getReference());
        return proposal;
    }

    /**
     * Proposes applying a deposit no order claimed to an order of a company of the staff member's chamber.
     * The deposit package checks both first ({@code deposit.UnmatchedDeposits}) and applies the match when
     * it is approved ({@link ProposalApproved}). Refused while another proposal for the deposit waits.
     */
    public Proposal proposeDepositMatch(SignedInUser staff, long depositId, long orderId, long companyId,
            String description) {
        nothingWaitsFor(staff, depositId, companyId);
        Proposal proposal = Proposal.depositMatch(staff.chamberId(), companyId, depositId, orderId, description,
                staff.accountId(), staff.auditActor().name(), clock.instant());
        em.persist(proposal);
        em.flush();
        audit.record(staff.auditActor(), AuditAction.DEPOSIT_MATCH_PROPOSED, "proposal:" + proposal.getId(), null,
                "deposit:" + depositId + " to order:" + orderId + ", " + proposal.getReason());
        return proposal;
    }

    /**
     * Proposes giving a deposit no order claimed back, in full, to the company of the staff member's chamber
     * that sent it. The deposit package checks the deposit first ({@code deposit.UnmatchedDeposits}) and owes
     * the refund when it is approved ({@link ProposalApproved}). Refused while another proposal for the
     * deposit waits.
     */
    public Proposal proposeDepositRefund(SignedInUser staff, long depositId, long companyId, String description) {
        nothingWaitsFor(staff, depositId, companyId);
        Proposal proposal = Proposal.depositRefund(staff.chamberId(), companyId, depositId, description,
                staff.accountId(), staff.auditActor().name(), clock.instant());
        em.persist(proposal);
        em.flush();
        audit.record(staff.auditActor(), AuditAction.DEPOSIT_REFUND_PROPOSED, "proposal:" + proposal.getId(), null,
                "deposit:" + depositId + " to company:" + companyId + ", " + proposal.getReason());
        return proposal;
    }

    /**
     * Proposes recording a deposit no order claimed, from a sender who is no company of the chamber, as sent back
     * to that sender: on {@code sentOn}, {@code sentYen}, under the bank's {@code reference}. The deposit package
     * checks the deposit and the transfer first ({@code deposit.UnmatchedDeposits}) and marks the deposit returned
     * when it is approved ({@link ProposalApproved}). Refused while another proposal for the deposit waits.
     */
    public Proposal proposeDepositReturn(SignedInUser staff, long depositId, LocalDate sentOn, long sentYen,
            String reference, String description) {
        StaffOnlyException.check(staff, staff.chamberId());
        nothingWaitsFor(depositId);
        Proposal proposal = Proposal.depositReturn(staff.chamberId(), depositId, sentOn, sentYen, reference,
                description, staff.accountId(), staff.auditActor().name(), clock.instant());
        em.persist(proposal);
        em.flush();
        audit.record(staff.auditActor(), AuditAction.DEPOSIT_RETURN_PROPOSED, "proposal:" + proposal.getId(), null,
                "deposit:" + depositId + " " + sentYen + " yen sent back on " + sentOn + ", reference "
                        + proposal.getReference() + ", " + proposal.getReason());
        return proposal;
    }

    /** The company is the staff member's chamber's, and no proposal for the deposit waits (one at a time). */
    private void nothingWaitsFor(SignedInUser staff, long depositId, long companyId) {
        StaffOnlyException.check(staff, staff.chamberId());
        directory.get(staff, companyId);
        nothingWaitsFor(depositId);
    }

    /** No proposal for the deposit waits (one at a time). */
    private void nothingWaitsFor(long depositId) {
        if (!em.createNamedQuery(Proposal.PENDING_OF_DEPOSIT, Proposal.class).setParameter("deposit", depositId)
                .setParameter("proposed", ProposalStatus.PROPOSED).getResultList().isEmpty()) {
            throw new ProposalRefusedException(null, "a proposal for deposit " + depositId + " is waiting");
        }
    }

    /**
     * Proposes that a company of the staff member's chamber become {@code to} (会員 ⇄ 非会員), with the
     * refund of its unused coupons as previewed now. Refused when the company is {@code to} already, or
     * while another membership change of the company waits.
     */
    public Proposal proposeMembershipChange(SignedInUser staff, long companyId, Membership to, String reason) {
        StaffOnlyException.check(staff, staff.chamberId());
        Company company = directory.get(staff, companyId);
        ReasonRequiredException.check(reason);
        if (reason.strip().length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason has at most " + MAX_REASON + " characters");
        }
        if (company.getMembership() == to) {
            throw new ProposalRefusedException(null, "the company is " + to + " already");
        }
        if (!em.createNamedQuery(Proposal.PENDING_OF_COMPANY, Proposal.class).setParameter("company", companyId)
                .setParameter("kind", ProposalKind.MEMBERSHIP_CHANGE).setParameter("proposed", ProposalStatus.PROPOSED)
                .getResultList().isEmpty()) {
            throw new ProposalRefusedException(null, "a membership change of company " + companyId + " is waiting");
        }
        MembershipService.RefundPreview preview = memberships.refundPreview(staff, companyId);
        Proposal proposal = Proposal.membershipChange(staff.chamberId(), companyId, to, preview.yen(), reason,
                staff.accountId(), staff.auditActor().name(), clock.instant());
        em.persist(proposal);
        em.flush();
        audit.record(staff.auditActor(), AuditAction.MEMBERSHIP_CHANGE_PROPOSED, "proposal:" + proposal.getId(),
                company.getMembership().name(), "company:" + companyId + " " + to + ", refund previewed "
                        + preview.yen() + " yen for " + preview.coupons() + " coupons, reason: " + proposal.getReason());
        return proposal;
    }

    /** A refund of the staff member's chamber, locked (the caller is staff); another chamber's is not found. */
    private RefundDue refundOfChamber(SignedInUser staff, long refundId) {
        RefundDue refund = ledger.lockRefund(refundId);
        directory.ofChamber(staff, refund.getCompanyId()).orElseThrow(() -> new RefundNotFoundException(refundId));
        return refund;
    }

    /**
     * A supervisor approves: what it proposed is done now, in this transaction. Approving a proposal
     * already approved changes nothing and answers it; a rejected one is refused.
     */
    public Proposal approve(SignedInUser supervisor, long proposalId) {
        Proposal proposal = lockForSupervisor(supervisor, proposalId);
        if (proposal.getStatus() == ProposalStatus.REJECTED) {
            throw new ProposalRefusedException(proposalId, "it was rejected");
        }
        if (!proposal.decide(ProposalStatus.APPROVED, supervisor.accountId(), clock.instant())) {
            return proposal;
        }
        switch (proposal.getKind()) {
            case BALANCE_ADJUSTMENT -> operations.adjust(supervisor, proposal.getCompanyId(), proposal.getQuantity(),
                    proposal.getReason() + "（申請 " + proposal.getId() + "）", "proposal-" + proposal.getId());
            case DEPOSIT_MATCH, DEPOSIT_REFUND, DEPOSIT_RETURN -> approved.fire(new ProposalApproved(proposal, supervisor));
            case MEMBERSHIP_CHANGE -> memberships.changeMembership(supervisor, proposal.getCompanyId(),
                    proposal.getMembership(), proposal.getReason() + "（申請 " + proposal.getId() + "）");
            case REFUND_PAID -> {
                RefundDue refund = ledger.markRefundPaid(proposal.getRefundId(), proposal.getPaidOn(),
                        proposal.getAmountYen(), proposal.getReference(), proposal.getId());
                audit.record(supervisor.auditActor(), AuditAction.REFUND_PAID, "refund:" + refund.getId(), "DUE",
                        "PAID " + refund.getPaidYen() + " yen on " + refund.getPaidOn() + ", reference "
                                + refund.getPaidReference() + " (proposal:" + proposalId + ")");
            }
        }
        audit.record(supervisor.auditActor(), AuditAction.PROPOSAL_APPROVED, "proposal:" + proposalId,
                ProposalStatus.PROPOSED.name(), ProposalStatus.APPROVED.name());
        return proposal;
    }

    /** A supervisor rejects: nothing takes effect, ever. Rejecting again changes nothing; an approved one is refused. */
    public Proposal reject(SignedInUser supervisor, long proposalId) {
        Proposal proposal = lockForSupervisor(supervisor, proposalId);
        if (proposal.getStatus() == ProposalStatus.APPROVED) {
            throw new ProposalRefusedException(proposalId, "it was approved");
        }
        if (proposal.decide(ProposalStatus.REJECTED, supervisor.accountId(), clock.instant())) {
            audit.record(supervisor.auditActor(), AuditAction.PROPOSAL_REJECTED, "proposal:" + proposalId,
                    ProposalStatus.PROPOSED.name(), ProposalStatus.REJECTED.name());
        }
        return proposal;
    }

    /** The chamber's proposals waiting for a supervisor, oldest first (every staff member sees them). */
    public List<Proposal> pending(SignedInUser staff) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return em.createNamedQuery(Proposal.PENDING, Proposal.class)
                .setParameter("chamber", staff.chamberId())
                .setParameter("proposed", ProposalStatus.PROPOSED)
                .setMaxResults(CompanyDirectory.MAX_PAGE)
                .getResultList();
    }

    public Proposal get(SignedInUser staff, long proposalId) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null || proposal.getChamberId() != staff.chamberId()) {
            throw new ProposalNotFoundException(proposalId);
        }
        return proposal;
    }

    private Proposal lockForSupervisor(SignedInUser supervisor, long proposalId) {
        // staff first, before any row is read or locked; another chamber's proposal is then not found, and
        // only then is a clerk of the chamber told that a supervisor is needed
        StaffOnlyException.check(supervisor, supervisor.chamberId());
        Proposal proposal = em.find(Proposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null || proposal.getChamberId() != supervisor.chamberId()) {
            throw new ProposalNotFoundException(proposalId);
        }
        SupervisorOnlyException.check(supervisor, supervisor.chamberId());
        return proposal;
    }
}
