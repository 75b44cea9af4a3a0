package jp.tradecert.deposit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tradecert.account.Company;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundReason;
import jp.tradecert.payment.VirtualAccount;
import jp.tradecert.payment.VirtualAccounts;
import jp.tradecert.purchase.LockedOrder;
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
        return applyAll(List.of(deposit), fileId, chamberId).get(0);
    }

    /**
     * Applies deposits of one bank file, in their order, in the caller's transaction (a chunk of the
     * nightly run). What they touch is read first in a few statements, whatever their number: the
     * deposits already applied, their accounts, then, locked in the order every change takes them,
     * their orders (with the lines), the companies' wallets and the open accounts
     * ({@link PurchaseService#lockAll}). The rules below
     * then run on those rows without a query of their own in the common case (an exact payment), and
     * what they write goes to the database in batches when the transaction commits.
     */
    public List<AppliedDeposit> applyAll(List<Deposit> deposits, Long fileId, Long chamberId) {
        for (Deposit deposit : deposits) {
            if (deposit.cancellation()) {
                throw new IllegalArgumentException("A cancellation reverses a deposit; it is not one: "
                        + deposit.bankReference());
            }
        }
        Chunk chunk = load(deposits, chamberId);
        List<AppliedDeposit> applied = new ArrayList<>(deposits.size());
        for (Deposit deposit : deposits) {
            applied.add(applyOne(deposit, fileId, chamberId, chunk));
        }
        return applied;
    }

    private AppliedDeposit applyOne(Deposit deposit, Long fileId, Long chamberId, Chunk chunk) {
        AppliedDeposit done = chunk.applied.get(deposit.bankReference());
        if (done != null) {
            return done;
        }
        Optional<VirtualAccount> account = chunk.accountOf(deposit)
                .filter(candidate -> candidate.getOrderId() != null)
                .filter(candidate -> chamberId == null || candidate.getChamberId() == chamberId);
        // an uploaded file's deposit that pays none of its chamber's orders is kept under that chamber's
        // name only: it must not claim the bank's reference, which the bank's own file may bring later
        AppliedDeposit applied = account.isEmpty()
                ? record(chamberId == null ? deposit : scoped(deposit, chamberId), DepositOutcome.UNMATCHED, null,
                        null, fileId)
                : applyToOrder(deposit, account.get(), fileId, chunk);
        chunk.applied.put(deposit.bankReference(), applied);
        return applied;
    }

    /** The reference of a deposit an uploaded file of chamber {@code chamberId} could not apply. */
    static String scopedReference(String bankReference, long chamberId) {
        return "upload-" + chamberId + ":" + bankReference;
    }

    private static Deposit scoped(Deposit deposit, long chamberId) {
        return new Deposit(deposit.format(), deposit.position(), scopedReference(deposit.bankReference(), chamberId),
                deposit.bankCode(), deposit.branchCode(), deposit.account(), deposit.amountYen(),
                deposit.depositDate(), deposit.valueDate(), deposit.remitterName(), deposit.cancellation());
    }

    private AppliedDeposit applyToOrder(Deposit deposit, VirtualAccount account, Long fileId, Chunk chunk) {
        LockedOrder locked = chunk.orders.get(account.getOrderId());
        Applied applied = payOrder(locked, deposit.amountYen(), deposit.depositDate(),
                AppliedDeposit.lateRefundKey(deposit.bankReference()));
        return record(deposit, applied.outcome(), locked.order().getId(), applied.refund(), fileId);
    }

    /** What a deposit did to the order it paid, and what is owed back for it (if anything). */
    public record Applied(DepositOutcome outcome, RefundDue refund) {
    }

    /**
     * The manual's rules for {@code amountYen} deposited on {@code depositDate} to the locked order, the
     * nightly job's and a clerk's match alike ({@link DepositOutcome#of}): settled, over- or underpaid, or
     * too late (its whole amount owed back under {@code lateKey}).
     */
    public Applied payOrder(LockedOrder locked, long amountYen, LocalDate depositDate, String lateKey) {
        PurchaseOrder order = locked.order();
        return switch (DepositOutcome.of(order, amountYen, depositDate)) {
            case LATE -> new Applied(DepositOutcome.LATE, ledger.oweRefund(order.getCompanyId(),
                    RefundReason.LATE_DEPOSIT, amountYen, order.getId(), lateKey));
            case UNDERPAID -> new Applied(DepositOutcome.UNDERPAID, purchases.recordUnderpayment(locked, amountYen));
            default -> {
                Optional<RefundDue> excess = purchases.settle(locked, amountYen, depositDate);
                yield new Applied(excess.isPresent() ? DepositOutcome.OVERPAID : DepositOutcome.SETTLED,
                        excess.orElse(null));
            }
        };
    }

    /** The rows a list of deposits touches, read (and, where they change, locked) up front. */
    private Chunk load(List<Deposit> deposits, Long chamberId) {
        Chunk chunk = new Chunk();
        Map<String, String> references = new HashMap<>();
        for (Deposit deposit : deposits) {
            references.put(deposit.bankReference(), deposit.bankReference());
            if (chamberId != null) {
                references.put(scopedReference(deposit.bankReference(), chamberId), deposit.bankReference());
            }
        }
        em.createNamedQuery(AppliedDeposit.BY_REFERENCES, AppliedDeposit.class)
                .setParameter("references", references.keySet())
                .getResultStream()
                .filter(done -> chamberId == null || isOfChamber(done, chamberId))
                .forEach(done -> chunk.applied.put(references.get(done.getBankReference()), done));
        Set<String> numbers = deposits.stream()
                .filter(deposit -> !chunk.applied.containsKey(deposit.bankReference()))
                .map(Deposit::account)
                .collect(Collectors.toSet());
        if (numbers.isEmpty()) {
            return chunk;
        }
        for (VirtualAccount account : virtualAccounts.findByNumbers(numbers)) {
            chunk.accounts.computeIfAbsent(account.getNumber(), number -> new ArrayList<>()).add(account);
        }
        Set<Long> orderIds = chunk.accounts.values().stream().flatMap(List::stream)
                .map(VirtualAccount::getOrderId).filter(Objects::nonNull).collect(Collectors.toSet());
        chunk.orders.putAll(purchases.lockAll(orderIds));
        return chunk;
    }

    /** What a chunk of deposits touches, by key. */
    private static final class Chunk {
        final Map<String, AppliedDeposit> applied = new HashMap<>();
        final Map<String, List<VirtualAccount>> accounts = new HashMap<>();
        final Map<Long, LockedOrder> orders = new HashMap<>();

        /** The account a deposit went to: by its number, and by bank and branch where the file names them. */
        /**
         * The account a deposit went to, by all the file says of it (bank, branch, number). A camt.054
         * names the number alone: when several banks' accounts have it, none is chosen (a clerk does).
         */
        Optional<VirtualAccount> accountOf(Deposit deposit) {
            List<VirtualAccount> matches = accounts.getOrDefault(deposit.account(), List.of()).stream()
                    .filter(account -> deposit.bankCode() == null || deposit.bankCode().equals(account.getBankCode()))
                    .filter(account -> deposit.branchCode() == null
                            || deposit.branchCode().equals(account.getBranchCode()))
                    .toList();
            return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
        }
    }

    /**
     * A cancellation record: the bank took the deposit of the same reference back. A deposit that only
     * waited for a clerk or was owed back is reversed (its refund no longer owed). One that settled an
     * order is reversed with the settlement when none of the order's coupons has been used (they are
     * taken back and the order counts as cancelled). Otherwise (coupons used, or money already paid
     * back to the buyer) nothing changes and false is answered, for a clerk to decide. Also false when
     * no such deposit was applied.
     */
    public boolean reverse(Deposit cancellation) {
        return reverse(cancellation, null);
    }

    /**
     * {@link #reverse(Deposit)} for a cancellation in a bank file: one a chamber's staff uploaded
     * ({@code chamberId} not null) reverses only what was applied to that chamber's orders, or kept
     * under its name; never a deposit of another chamber.
     */
    public boolean reverse(Deposit cancellation, Long chamberId) {
        Optional<AppliedDeposit> applied = chamberId == null
                ? find(cancellation.bankReference())
                : find(cancellation.bankReference()).filter(done -> isOfChamber(done, chamberId))
                        .or(() -> find(scopedReference(cancellation.bankReference(), chamberId)));
        if (applied.isEmpty()) {
            return false;
        }
        AppliedDeposit deposit = applied.get();
        if (deposit.getOutcome() == DepositOutcome.REVERSED) {
            return true;
        }
        // money already paid back to the buyer, or coupons already used: a clerk decides
        if (!deposit.refundUnpaid()
                || deposit.settledItsOrder() && !purchases.reverseSettlement(deposit.getOrderId())) {
            return false;
        }
        deposit.reverse();
        return true;
    }

    /**
     * Whether a deposit is chamber {@code chamberId}'s to see again from an uploaded file: applied to
     * one of its orders, or kept under its name. An unmatched deposit of the bank's own file is not.
     */
    private boolean isOfChamber(AppliedDeposit deposit, long chamberId) {
        if (deposit.getBankReference().startsWith(scopedReference("", chamberId))) {
            return true;
        }
        if (deposit.getOrderId() == null) {
            return false;
        }
        PurchaseOrder order = em.find(PurchaseOrder.class, deposit.getOrderId());
        return em.find(Company.class, order.getCompanyId()).getChamber().getId() == chamberId;
    }

    public Optional<AppliedDeposit> find(String bankReference) {
        return em.createNamedQuery(AppliedDeposit.BY_REFERENCES, AppliedDeposit.class)
                .setParameter("references", Set.of(bankReference))
                .getResultStream()
                .findFirst();
    }

    /** The deposits applied to an order; the caller checked the order is the staff member's chamber's. */
    public List<AppliedDeposit> ofOrder(long orderId) {
        return em.createNamedQuery(AppliedDeposit.OF_ORDER, AppliedDeposit.class).setParameter("order", orderId)
                .getResultList();
    }

    /** Deposits no order has claimed, oldest first, for a clerk to match by hand. */
    public List<AppliedDeposit> unmatched() {
        return em.createNamedQuery(AppliedDeposit.UNMATCHED, AppliedDeposit.class).getResultList();
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
