package jp.tradecert.deposit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundReason;
import jp.tradecert.payment.VirtualAccount;
import jp.tradecert.payment.VirtualAccounts;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseService;

/**
 * Applies a deposit by the manual's rules, matched by the account it went to (never by the
 * remitter's name): to an open order's one-time account, the exact amount settles the order and
 * issues its coupons, with the deposit's date (勘定日) as settlement date; more settles it and owes the
 * excess back; less issues nothing and owes all of it back. A deposit to an order already settled,
 * cancelled or expired, or after its deadline, is owed back; one to an account no order has is queued
 * for a clerk. Each bank reference is applied once: asked again, this answers what it did the first
 * time.
 */
@Stateless
public class DepositService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private VirtualAccounts virtualAccounts;

    @EJB
    private PurchaseService purchases;

    @EJB
    private LedgerService ledger;

    /** Applies a deposit (not a cancellation) in the caller's transaction. */
    public AppliedDeposit apply(Deposit deposit) {
        return apply(deposit, null, null);
    }

    /**
     * Applies a deposit of a bank file. A file a chamber's staff uploaded ({@code chamberId} not null)
     * pays only that chamber's orders: a deposit to another chamber's account is queued as unmatched.
     */
    public AppliedDeposit apply(Deposit deposit, Long fileId, Long chamberId) {
        if (deposit.cancellation()) {
            throw new IllegalArgumentException("A cancellation reverses a deposit; it is not one: "
                    + deposit.bankReference());
        }
        Optional<AppliedDeposit> done = find(deposit.bankReference());
        if (done.isPresent()) {
            return done.get();
        }
        Optional<Long> orderId = virtualAccounts.findByNumber(deposit.bankCode(), deposit.branchCode(),
                        deposit.account())
                .filter(account -> chamberId == null || account.getChamberId() == chamberId)
                .map(VirtualAccount::getOrderId);
        if (orderId.isEmpty()) {
            return record(deposit, DepositOutcome.UNMATCHED, null, null, fileId);
        }
        PurchaseOrder order = em.find(PurchaseOrder.class, orderId.get());
        boolean payable = order.getStatus() == OrderStatus.PENDING_PAYMENT
                && !deposit.depositDate().isAfter(order.getExpiresOn());
        if (!payable) {
            RefundDue refund = ledger.oweRefund(order.getCompanyId(), RefundReason.LATE_DEPOSIT, deposit.amountYen(),
                    order.getId(), "late:" + deposit.bankReference());
            return record(deposit, DepositOutcome.LATE, order.getId(), refund, fileId);
        }
        if (deposit.amountYen() < order.getTotalYen()) {
            purchases.recordUnderpayment(order.getId(), deposit.amountYen());
            return record(deposit, DepositOutcome.UNDERPAID, order.getId(),
                    ledger.findRefund("underpaid:" + order.getId()).orElseThrow(), fileId);
        }
        purchases.settle(order.getId(), deposit.amountYen(), deposit.depositDate());
        if (deposit.amountYen() > order.getTotalYen()) {
            return record(deposit, DepositOutcome.OVERPAID, order.getId(),
                    ledger.findRefund("overpaid:" + order.getId()).orElseThrow(), fileId);
        }
        return record(deposit, DepositOutcome.SETTLED, order.getId(), null, fileId);
    }

    /**
     * A cancellation record: the bank took the deposit of the same reference back. A deposit that only
     * waited for a clerk or was owed back is reversed (its refund no longer owed); one that settled an
     * order is left as it is and false is answered, for a clerk to decide about the coupons issued.
     * Also false when no such deposit was applied.
     */
    public boolean reverse(Deposit cancellation) {
        return find(cancellation.bankReference()).map(AppliedDeposit::reverse).orElse(false);
    }

    public Optional<AppliedDeposit> find(String bankReference) {
        return em.createQuery("select d from AppliedDeposit d where d.bankReference = :reference",
                        AppliedDeposit.class)
                .setParameter("reference", bankReference)
                .getResultStream()
                .findFirst();
    }

    /** Deposits no order has claimed, oldest first, for a clerk to match by hand. */
    public List<AppliedDeposit> unmatched() {
        return em.createQuery("""
                        select d from AppliedDeposit d where d.outcome = jp.tradecert.deposit.DepositOutcome.UNMATCHED
                        order by d.depositDate, d.id""", AppliedDeposit.class)
                .getResultList();
    }

    private AppliedDeposit record(Deposit deposit, DepositOutcome outcome, Long orderId, RefundDue refund,
            Long fileId) {
        AppliedDeposit applied = new AppliedDeposit(deposit, outcome, orderId, refund, clock.instant());
        if (fileId != null) {
            applied.fromFile(fileId);
        }
        em.persist(applied);
        return applied;
    }
}
