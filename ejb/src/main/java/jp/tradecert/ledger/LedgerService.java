package jp.tradecert.ledger;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.tradecert.platform.ReasonRequiredException;
import jp.tradecert.platform.SqlDialect;

/**
 * The only way coupons move. Every change is one {@link LedgerEntry}, written in the caller's
 * transaction together with the wallet and the lots it changes; the caller holds the wallet's lock
 * ({@link #lockWallet}) so that one company's changes happen one at a time. Each change names its
 * business event by an idempotency key: asked again, it returns what was done the first time and
 * changes nothing.
 */
@Stateless
public class LedgerService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SqlDialect dialect;

    @Inject
    private Event<RefundPaid> refundPaid;

    /** Opens the wallet of a newly registered company, empty, in the registration's transaction. */
    public Wallet openWallet(long companyId) {
        Wallet wallet = new Wallet(companyId);
        em.persist(wallet);
        return wallet;
    }

    /** The company's coupon balance (クーポン残数). */
    public long balanceOf(long companyId) {
        return walletOf(companyId).getBalance();
    }

    /** The wallet as it is now, without locking it. */
    public Wallet walletOf(long companyId) {
        Wallet wallet = em.find(Wallet.class, companyId);
        if (wallet == null) {
            throw new WalletNotFoundException(companyId);
        }
        return wallet;
    }

    /** Locks the company's wallet until the transaction ends: the first step of every change. */
    public Wallet lockWallet(long companyId) {
        Wallet wallet = em.find(Wallet.class, companyId, LockModeType.PESSIMISTIC_WRITE);
        if (wallet == null) {
            throw new WalletNotFoundException(companyId);
        }
        return wallet;
    }

    /**
     * Locks the wallets of the given companies, in company order (so that two such callers never wait
     * on each other in a cycle), and answers them by company.
     */
    public Map<Long, Wallet> lockWallets(Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select w from Wallet w where w.companyId in :companies order by w.companyId",
                        Wallet.class)
                .setParameter("companies", companyIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .collect(Collectors.toMap(Wallet::getCompanyId, Function.identity()));
    }

    public Optional<LedgerEntry> findEntry(String idempotencyKey) {
        return em.createNamedQuery(LedgerEntry.BY_KEY, LedgerEntry.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    /**
     * A settled order's coupons enter the wallet in new lots (購入). The caller settles the order under
     * its lock, so this happens once; the key (and the one purchase entry per order) stay the
     * database's guard. Nothing is looked up first: the reconciliation issues a chunk's coupons and
     * writes them in batches at commit.
     */
    public LedgerEntry issue(Wallet wallet, String key, long orderId, List<Lot> lots, Actor actor) {
        LedgerEntry entry = new LedgerEntry(wallet.getCompanyId(), EntryType.PURCHASE, key, actor, clock.instant());
        for (Lot lot : lots) {
            em.persist(lot);
            entry.receive(wallet, lot);
        }
        return persist(entry.forOrder(orderId).closedAt(wallet));
    }

    /**
     * One coupon pays an application's fee (使用), taken from the oldest lot that has coupons. The
     * caller holds the application's lock and knows this use has not happened yet (the key stays the
     * database's guard). This is the hot path, so the wallet is taken by one conditional update that
     * takes its lock as late as possible, the lot is read without a lock (under the wallet's lock no
     * other change touches the company's lots) and written at commit, and the receipt number, whose
     * counter the whole chamber shares, is drawn last: {@code receiptNumber} is asked once the coupon
     * is secured.
     */
    public LedgerEntry use(long companyId, String key, long applicationId, LongSupplier receiptNumber, Actor actor) {
        Number balance = updateReturning("update wallet set balance = balance - 1, version = version + 1"
                + " where company_id = ? and balance >= 1", "balance", companyId);
        if (balance == null) {
            throw new InsufficientCouponsException(balanceOf(companyId), 1);
        }
        Lot lot = oldestFirst(companyId, 1).stream().findFirst().orElseThrow(
                () -> new IllegalStateException("Company " + companyId + " has coupons but no lot holds them"));
        LedgerEntry entry = new LedgerEntry(companyId, EntryType.USE, key, actor, clock.instant());
        lot.take(1);
        entry.moved(lot, -1);
        entry.forApplication(applicationId, receiptNumber.getAsLong()).closedAt(balance.longValue());
        return persist(entry);
    }

    /**
     * Runs an update that changes at most one row and answers one of its columns, or null when it
     * changed none. Pending changes of the persistence context are not flushed first: they are the
     * caller's, written at commit.
     */
    private Number updateReturning(String update, String column, Object... parameters) {
        Query query = em.createNativeQuery(dialect.updateReturning(update, column)).setFlushMode(FlushModeType.COMMIT);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = query.getResultList();
        return rows.isEmpty() ? null : (Number) rows.get(0);
    }

    /** The coupon of a use comes back (その他(返却)), to the lot it was taken from. */
    public LedgerEntry giveBack(Wallet wallet, String key, String useKey, Actor actor) {
        return findEntry(key).orElseGet(() -> {
            LedgerEntry use = findEntry(useKey)
                    .filter(entry -> entry.getType() == EntryType.USE && entry.getCompanyId() == wallet.getCompanyId())
                    .orElseThrow(() -> new IllegalStateException("No use " + useKey + " to give back"));
            LedgerEntry entry = new LedgerEntry(wallet.getCompanyId(), EntryType.RETURN, key, actor, clock.instant());
            entry.move(wallet, use.getMovements().get(0).getLot(), 1);
            return persist(entry.forApplication(use.getApplicationId(), use.getReceiptNumber()).closedAt(wallet));
        });
    }

    /**
     * Takes back every coupon of these lots (all unused), as a 会議所操作 that says why in the history:
     * the bank took back the deposit that paid for them ({@link SystemNote#DEPOSIT_REVERSED}, with the
     * order's number). The caller holds the wallet's lock.
     */
    public LedgerEntry takeBack(Wallet wallet, String key, List<Lot> lots, String orderNumber, Actor actor) {
        LedgerEntry entry = new LedgerEntry(wallet.getCompanyId(), EntryType.CHAMBER_ADJUSTMENT, key, actor,
                clock.instant());
        for (Lot lot : lots) {
            entry.move(wallet, lot, -lot.getRemaining());
        }
        return persist(entry.withNote(SystemNote.DEPOSIT_REVERSED, orderNumber).closedAt(wallet));
    }

    /** The lots an order's lines issued, oldest first. */
    public List<Lot> lotsOfOrderLines(List<Long> orderLineIds) {
        if (orderLineIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Lot.OF_ORDER_LINES, Lot.class)
                .setParameter("lines", orderLineIds)
                .getResultList();
    }

    /**
     * The chamber corrects a balance by hand (会議所操作), with the reason shown in the history: added
     * coupons form a lot of their own; removed ones leave the oldest lots first.
     */
    public LedgerEntry adjust(Wallet wallet, String key, int quantity, String note, Actor actor) {
        if (quantity == 0) {
            throw new IllegalArgumentException("An adjustment changes the balance");
        }
        ReasonRequiredException.check(note);
        return findEntry(key).orElseGet(() -> {
            LedgerEntry entry = new LedgerEntry(wallet.getCompanyId(), EntryType.CHAMBER_ADJUSTMENT, key, actor, clock.instant());
            if (quantity > 0) {
                Lot lot = Lot.ofAdjustment(wallet.getCompanyId(), quantity, clock.instant());
                em.persist(lot);
                entry.receive(wallet, lot);
            } else {
                takeOldestFirst(wallet, entry, -quantity);
            }
            return persist(entry.withNote(note.strip()).closedAt(wallet));
        });
    }

    /**
     * On a change of membership the chamber erases every unused coupon and owes its price back (each
     * coupon at what was paid for it; 1,100 yen less for each booklet that still has coupons). The
     * refund due is returned; the REFUND entry (if any coupons were left) is linked to it.
     */
    public RefundDue refundUnused(Wallet wallet, String key, SystemNote why, Actor actor) {
        Optional<RefundDue> done = findRefund(key);
        if (done.isPresent()) {
            return done.get();
        }
        List<Lot> lots = oldestFirst(wallet.getCompanyId(), Integer.MAX_VALUE);
        long amount = Lot.refundValueOf(lots);
        RefundDue refund = new RefundDue(wallet.getCompanyId(), RefundReason.MEMBERSHIP_CHANGE, amount, key,
                clock.instant());
        if (wallet.getBalance() > 0) {
            LedgerEntry entry = new LedgerEntry(wallet.getCompanyId(), EntryType.REFUND, key, actor, clock.instant());
            for (Lot lot : lots) {
                entry.move(wallet, lot, -lot.getRemaining());
            }
            refund.forEntry(persist(entry.withNote(why, null).closedAt(wallet)));
        }
        em.persist(refund);
        return refund;
    }

    /** Money owed back for a payment (over-, under- or late payment of an order). Once per key. */
    public RefundDue oweRefund(long companyId, RefundReason reason, long amountYen, long orderId, String key) {
        return owe(key, () -> new RefundDue(companyId, reason, amountYen, key, clock.instant()).forOrder(orderId));
    }

    /** Money owed back for a payment outside any order (a late card payment of application fees). Once per key. */
    public RefundDue oweRefund(long companyId, RefundReason reason, long amountYen, String key) {
        return owe(key, () -> new RefundDue(companyId, reason, amountYen, key, clock.instant()));
    }

    private RefundDue owe(String key, Supplier<RefundDue> refund) {
        return findRefund(key).orElseGet(() -> {
            RefundDue owed = refund.get();
            em.persist(owed);
            return owed;
        });
    }

    public Optional<RefundDue> findRefund(String idempotencyKey) {
        return em.createNamedQuery(RefundDue.BY_KEY, RefundDue.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    /** A refund, locked for a change of its status (paid, cancelled); the caller checks whose it is. */
    public RefundDue lockRefund(long refundId) {
        RefundDue refund = em.find(RefundDue.class, refundId, LockModeType.PESSIMISTIC_WRITE);
        if (refund == null) {
            throw new RefundNotFoundException(refundId);
        }
        return refund;
    }

    /**
     * Records the chamber's transfer of a refund, as the approved proposal {@code proposalId} says, and
     * tells the owner of what it was owed for ({@link RefundPaid}). A refund not due any more (paid,
     * cancelled) is refused: a refund is never paid twice.
     */
    public RefundDue markRefundPaid(long refundId, LocalDate paidOn, long paidYen, String reference, long proposalId) {
        RefundDue refund = lockRefund(refundId);
        refund.markPaid(paidOn, paidYen, reference, proposalId, LocalDate.now(clock));
        refundPaid.fire(new RefundPaid(refund));
        return refund;
    }

    public List<RefundDue> refundsOf(long companyId) {
        return em.createNamedQuery(RefundDue.OF_COMPANY, RefundDue.class)
                .setParameter("company", companyId)
                .getResultList();
    }

    public List<Lot> lotsOf(long companyId) {
        return em.createNamedQuery(Lot.OF_COMPANY, Lot.class)
                .setParameter("company", companyId)
                .getResultList();
    }

    /** Coupons of an open order, shown as クーポン購入手続中 until it is settled or closed. */
    public void reserve(Wallet wallet, int coupons) {
        wallet.reserve(coupons);
    }

    public void release(Wallet wallet, int coupons) {
        wallet.release(coupons);
    }

    private void takeOldestFirst(Wallet wallet, LedgerEntry entry, int count) {
        if (count > wallet.getBalance()) {
            throw new InsufficientCouponsException(wallet.getBalance(), count);
        }
        int left = count;
        for (Lot lot : oldestFirst(wallet.getCompanyId(), count)) {
            int taken = Math.min(left, lot.getRemaining());
            entry.move(wallet, lot, -taken);
            left -= taken;
            if (left == 0) {
                break;
            }
        }
    }

    /**
     * The company's lots that still have coupons, in the order they are used (at most {@code limit} of
     * them). Pending changes are not flushed first: they are the caller's, written at commit (a use's
     * application may not be written before it has its receipt number).
     */
    private List<Lot> oldestFirst(long companyId, int limit) {
        return em.createNamedQuery(Lot.WITH_COUPONS_OLDEST_FIRST, Lot.class)
                .setParameter("company", companyId)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(limit)
                .getResultList();
    }

    private LedgerEntry persist(LedgerEntry entry) {
        em.persist(entry);
        return entry;
    }
}
