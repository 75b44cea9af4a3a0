package jp.tradecert.deposit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.tradecert.account.AuditAction;
import jp.tradecert.account.Company;
import jp.tradecert.account.CompanyNotFoundException;
import jp.tradecert.account.Proposal;
import jp.tradecert.account.ProposalApproved;
import jp.tradecert.account.ProposalKind;
import jp.tradecert.account.Proposals;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.account.CompanyDirectory;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundReason;
import jp.tradecert.platform.AuditTrail;
import jp.tradecert.purchase.LockedOrder;
import jp.tradecert.purchase.OrderNotFoundException;
import jp.tradecert.purchase.OrderNumber;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseService;

/**
 * The clerk's queue of deposits no order claimed (未照合入金): a transfer to an account no order has, or one
 * of a chamber's uploaded file that paid none of its orders. A deposit is a chamber's when the file it came
 * in was that chamber's upload, or else when its account lies in that chamber's range of one-time accounts
 * (at the bank and branch the file names, where it names them). A clerk finds the order it pays, sees what
 * applying it would do (the nightly job's rules: settled, over- or underpaid, or too late and owed back), and
 * proposes the match; a supervisor other than the proposer approves, and the deposit is then applied to the
 * order by those rules, in the approval's transaction, once.
 */
@Stateless
public class UnmatchedDeposits {

    /** What matching a deposit to an order would do: the order, its company and the outcome by the rules. */
    public record Preview(AppliedDeposit deposit, PurchaseOrder order, String companyName, DepositOutcome outcome,
            long owedBackYen) {

        // the getters Jakarta EL 5 (Faces 4) reads: it does not know a record's accessors

        public PurchaseOrder getOrder() {
            return order;
        }

        public String getCompanyName() {
            return companyName;
        }

        public DepositOutcome getOutcome() {
            return outcome;
        }

        public long getOwedBackYen() {
            return owedBackYen;
        }
    }

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PurchaseService purchases;

    @EJB
    private DepositService deposits;

    @EJB
    private Proposals proposals;

    @EJB
    private CompanyDirectory directory;

    @EJB
    private LedgerService ledger;

    @EJB
    private AuditTrail audit;

    /** The chamber's unmatched deposits, oldest first, after the deposit {@code afterId} (null: from the first). */
    public List<AppliedDeposit> list(SignedInUser staff, Long afterId, int size) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        Query ids = ofChamber(staff.chamberId(), "select d.id", afterId, null)
                .setMaxResults(Math.max(1, Math.min(size, CompanyDirectory.MAX_PAGE)));
        @SuppressWarnings("unchecked")
        List<Long> found = ((List<Number>) ids.getResultList()).stream().map(Number::longValue).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from AppliedDeposit d where d.id in :ids order by d.id", AppliedDeposit.class)
                .setParameter("ids", found)
                .getResultList();
    }

    public long count(SignedInUser staff) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return ((Number) ofChamber(staff.chamberId(), "select count(*)", null, null).getSingleResult()).longValue();
    }

    /** An unmatched deposit of the staff member's chamber; any other (another chamber's, or matched) is not found. */
    public AppliedDeposit get(SignedInUser staff, long depositId) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        if (((Number) ofChamber(staff.chamberId(), "select count(*)", null, depositId).getSingleResult()).longValue() == 0) {
            throw new DepositNotFoundException(depositId);
        }
        return em.find(AppliedDeposit.class, depositId);
    }

    /** What applying the deposit to the order of that number would do; the order must be one of the chamber's. */
    public Preview preview(SignedInUser staff, long depositId, String orderNumber) {
        AppliedDeposit deposit = get(staff, depositId);
        PurchaseOrder order = orderOfChamber(staff, orderNumber);
        return preview(deposit, order);
    }

    private Preview preview(AppliedDeposit deposit, PurchaseOrder order) {
        DepositOutcome outcome = DepositOutcome.of(order, deposit.getAmountYen(), deposit.getDepositDate());
        long owed = switch (outcome) {
            case OVERPAID -> deposit.getAmountYen() - order.getTotalYen();
            case UNDERPAID, LATE -> deposit.getAmountYen();
            default -> 0;
        };
        return new Preview(deposit, order, em.find(Company.class, order.getCompanyId()).getNameJa(), outcome, owed);
    }

    /** Proposes applying the deposit to the order of that number; a supervisor other than the proposer approves it. */
    public Proposal proposeMatch(SignedInUser staff, long depositId, String orderNumber) {
        StaffOnlyException.check(staff, staff.chamberId());
        Preview preview = preview(staff, depositId, orderNumber);
        return proposals.proposeDepositMatch(staff, depositId, preview.order().getId(), preview.order().getCompanyId(),
                "入金 " + preview.deposit().getAmountYen() + " 円（" + preview.deposit().getDepositDate() + "）を注文 "
                        + preview.order().getOrderNumber().value() + " に照合（" + preview.outcome() + "）");
    }

    /**
     * Proposes giving the deposit back, in full, to the company of the chamber with that trade registration
     * number (the clerk identified it as the sender: its name in the bank's record, a call); a supervisor
     * other than the proposer approves it.
     */
    public Proposal proposeRefund(SignedInUser staff, long depositId, String companyNumber) {
        StaffOnlyException.check(staff, staff.chamberId());
        AppliedDeposit deposit = get(staff, depositId);
        Company company = directory.byNumber(staff, companyNumber).orElseThrow(() -> new CompanyNotFoundException(0));
        return proposals.proposeDepositRefund(staff, depositId, company.getId(), "入金 " + deposit.getAmountYen()
                + " 円（" + deposit.getDepositDate() + "、" + deposit.getRemitterName() + "）を "
                + company.getNameJa() + " に返金");
    }

    /**
     * Proposes recording the deposit as sent back to its sender, who is no company of the chamber (a stranger's
     * mistyped transfer): the chamber's transfer on {@code sentOn} of {@code sentYen} (the deposit less the fee)
     * under the bank's {@code reference}; a supervisor other than the proposer approves it.
     */
    public Proposal proposeReturn(SignedInUser staff, long depositId, LocalDate sentOn, long sentYen, String reference) {
        StaffOnlyException.check(staff, staff.chamberId());
        AppliedDeposit deposit = get(staff, depositId);
        if (sentYen < 1 || sentYen > deposit.getAmountYen()) {
            throw new DepositReturnInvalidException(depositId, DepositReturnInvalidException.Why.AMOUNT,
                    deposit.getAmountYen());
        }
        if (sentOn == null || sentOn.isAfter(LocalDate.now(clock)) || sentOn.isBefore(deposit.getDepositDate())) {
            throw new DepositReturnInvalidException(depositId, DepositReturnInvalidException.Why.DATE,
                    deposit.getAmountYen());
        }
        if (reference == null || reference.isBlank() || reference.strip().length() > RefundDue.MAX_REFERENCE) {
            throw new DepositReturnInvalidException(depositId, DepositReturnInvalidException.Why.REFERENCE,
                    deposit.getAmountYen());
        }
        return proposals.proposeDepositReturn(staff, depositId, sentOn, sentYen, reference, "入金 "
                + deposit.getAmountYen() + " 円（" + deposit.getDepositDate() + "、" + deposit.getRemitterName()
                + "）を振込人へ返金（" + sentYen + " 円）");
    }

    /**
     * A supervisor approved a match: the deposit, locked, still unmatched and still the chamber's, is applied
     * to the order (locked as the nightly job locks it) by the same rules, and records the proposal. A
     * deposit matched or reversed meanwhile is refused, and the approval with it: never applied twice.
     */
    public void apply(@Observes ProposalApproved approved) {
        Proposal proposal = approved.proposal();
        if (proposal.getKind() == ProposalKind.DEPOSIT_REFUND) {
            refund(proposal, approved.supervisor());
            return;
        }
        if (proposal.getKind() == ProposalKind.DEPOSIT_RETURN) {
            sendBack(proposal, approved.supervisor());
            return;
        }
        if (proposal.getKind() != ProposalKind.DEPOSIT_MATCH) {
            return;
        }
        SignedInUser supervisor = approved.supervisor();
        AppliedDeposit deposit = em.find(AppliedDeposit.class, proposal.getDepositId(), LockModeType.PESSIMISTIC_WRITE);
        if (deposit.getOutcome() != DepositOutcome.UNMATCHED) {
            throw new DepositNotUnmatchedException(deposit.getId(), deposit.getOutcome());
        }
        get(supervisor, deposit.getId());
        LockedOrder locked = purchases.lockAll(Set.of(proposal.getOrderId())).get(proposal.getOrderId());
        if (locked == null || !proposal.getCompanyId().equals(locked.order().getCompanyId())) {
            throw new OrderNotFoundException(proposal.getOrderId());
        }
        DepositService.Applied applied = deposits.payOrder(locked, deposit.getAmountYen(), deposit.getDepositDate(),
                AppliedDeposit.lateRefundKey(deposit.getBankReference()));
        deposit.matchByHand(locked.order().getId(), applied.outcome(), applied.refund(), proposal.getId());
        audit.record(supervisor.auditActor(), AuditAction.DEPOSIT_MATCHED, "deposit:" + deposit.getId(), "UNMATCHED",
                applied.outcome() + " order:" + locked.order().getId()
                        + (applied.refund() == null ? "" : " refund:" + applied.refund().getId() + " "
                                + applied.refund().getAmountYen() + " yen")
                        + " (proposal:" + proposal.getId() + ")");
    }

    /**
     * A supervisor approved giving a deposit back: the deposit, locked, still unmatched and still the
     * chamber's, is owed back in full to the company (keyed by the bank's reference: once) and records the
     * proposal. A deposit matched, refunded or reversed meanwhile is refused, and the approval with it.
     */
    private void refund(Proposal proposal, SignedInUser supervisor) {
        AppliedDeposit deposit = em.find(AppliedDeposit.class, proposal.getDepositId(), LockModeType.PESSIMISTIC_WRITE);
        if (deposit.getOutcome() != DepositOutcome.UNMATCHED) {
            throw new DepositNotUnmatchedException(deposit.getId(), deposit.getOutcome());
        }
        get(supervisor, deposit.getId());
        Company company = directory.get(supervisor, proposal.getCompanyId());
        RefundDue owed = ledger.oweRefund(company.getId(), RefundReason.UNMATCHED_DEPOSIT, deposit.getAmountYen(),
                "unmatched-refund:" + deposit.getBankReference());
        deposit.refundByHand(owed, proposal.getId());
        audit.record(supervisor.auditActor(), AuditAction.DEPOSIT_REFUNDED, "deposit:" + deposit.getId(), "UNMATCHED",
                "REFUNDED company:" + company.getId() + " refund:" + owed.getId() + " " + owed.getAmountYen() + " yen"
                        + " (proposal:" + proposal.getId() + ")");
    }

    /**
     * A supervisor approved a deposit's transfer back to its sender: the deposit, locked, still unmatched and still
     * the chamber's, becomes RETURNED with the proposal that records the transfer. A deposit matched, refunded or
     * reversed meanwhile is refused, and the approval with it: never twice.
     */
    private void sendBack(Proposal proposal, SignedInUser supervisor) {
        AppliedDeposit deposit = em.find(AppliedDeposit.class, proposal.getDepositId(), LockModeType.PESSIMISTIC_WRITE);
        if (deposit.getOutcome() != DepositOutcome.UNMATCHED) {
            throw new DepositNotUnmatchedException(deposit.getId(), deposit.getOutcome());
        }
        get(supervisor, deposit.getId());
        deposit.returnByHand(proposal.getId());
        audit.record(supervisor.auditActor(), AuditAction.DEPOSIT_RETURNED, "deposit:" + deposit.getId(), "UNMATCHED",
                "RETURNED " + proposal.getAmountYen() + " yen of " + deposit.getAmountYen() + " sent back on "
                        + proposal.getPaidOn() + ", reference " + proposal.getReference() + " (proposal:"
                        + proposal.getId() + ")");
    }

    private PurchaseOrder orderOfChamber(SignedInUser staff, String orderNumber) {
        String typed = orderNumber == null ? "" : Normalizer.normalize(orderNumber, Normalizer.Form.NFKC).strip();
        OrderNumber number = OrderNumber.parse(typed).orElseThrow(() -> new OrderNotFoundException(0));
        PurchaseOrder order = purchases.findByNumber(number).orElseThrow(() -> new OrderNotFoundException(0));
        directory.ofChamber(staff, order.getCompanyId()).orElseThrow(() -> new OrderNotFoundException(0));
        return order;
    }

    /**
     * The chamber's unmatched deposits as a statement: kept under its name by its own upload, or else (the
     * bank's own file) to an account in its range of one-time accounts. Account numbers are 7 digits, so
     * comparing them as zero-padded text is comparing them as numbers.
     */
    private Query ofChamber(long chamberId, String select, Long afterId, Long depositId) {
        StringBuilder sql = new StringBuilder(select).append(" from deposit d where d.outcome = 'UNMATCHED' and (")
                .append("d.bank_reference like ?2 or (d.bank_reference not like 'upload-%' and exists (")
                .append("select 1 from virtual_account_pool p where p.chamber_id = ?1")
                .append(" and (d.bank_code is null or d.bank_code = p.bank_code)")
                .append(" and (d.branch_code is null or d.branch_code = p.branch_code)")
                .append(" and length(d.account) = 7")
                .append(" and d.account between lpad(cast(p.first_number as varchar(7)), 7, '0')")
                .append(" and lpad(cast(p.last_number as varchar(7)), 7, '0'))))");
        if (afterId != null) {
            sql.append(" and d.id > ?3");
        }
        if (depositId != null) {
            sql.append(" and d.id = ?4");
        }
        if (select.startsWith("select d.id")) {
            sql.append(" order by d.id");
        }
        Query statement = em.createNativeQuery(sql.toString())
                .setParameter(1, chamberId)
                .setParameter(2, DepositService.scopedReference("", chamberId) + "%");
        if (afterId != null) {
            statement.setParameter(3, afterId);
        }
        if (depositId != null) {
            statement.setParameter(4, depositId);
        }
        return statement;
    }
}
