package jp.tradecert.ledger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.tradecert.account.Actor;
import jp.tradecert.account.Company;
import jp.tradecert.platform.ReasonRequiredException;

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

    /** Opens the wallet of a newly registered company, empty, in the registration's transaction. */
    public Wallet openWallet(Company company) {
        Wallet wallet = new Wallet(company);
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

    public Optional<LedgerEntry> findEntry(String idempotencyKey) {
        return em.createQuery("select e from LedgerEntry e where e.idempotencyKey = :key", LedgerEntry.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    /** A settled order's coupons enter the wallet in new lots (購入). */
    public LedgerEntry issue(Wallet wallet, String key, long orderId, List<Lot> lots, Actor actor) {
        return findEntry(key).orElseGet(() -> {
            LedgerEntry entry = new LedgerEntry(wallet, EntryType.PURCHASE, key, actor, clock.instant());
            for (Lot lot : lots) {
                em.persist(lot);
                entry.receive(wallet, lot);
            }
            return persist(entry.forOrder(orderId).closedAt(wallet));
        });
    }

    /** One coupon pays an application's fee (使用), taken from the oldest lot that has coupons. */
    public LedgerEntry use(Wallet wallet, String key, long applicationId, Long receiptNumber, Actor actor) {
        return findEntry(key).orElseGet(() -> {
            Lot lot = lotsWithCoupons(wallet, 1).stream().findFirst()
                    .orElseThrow(() -> new InsufficientCouponsException(wallet.getBalance(), 1));
            LedgerEntry entry = new LedgerEntry(wallet, EntryType.USE, key, actor, clock.instant());
            entry.move(wallet, lot, -1);
            return persist(entry.forApplication(applicationId, receiptNumber).closedAt(wallet));
        });
    }

    /** The coupon of a use comes back (その他(返却)), to the lot it was taken from. */
    public LedgerEntry giveBack(Wallet wallet, String key, String useKey, Actor actor) {
        return findEntry(key).orElseGet(() -> {
            LedgerEntry use = findEntry(useKey)
                    .filter(entry -> entry.getType() == EntryType.USE && entry.getCompanyId() == wallet.getCompanyId())
                    .orElseThrow(() -> new IllegalStateException("No use " + useKey + " to give back"));
            LedgerEntry entry = new LedgerEntry(wallet, EntryType.RETURN, key, actor, clock.instant());
            entry.move(wallet, use.getMovements().get(0).getLot(), 1);
            return persist(entry.forApplication(use.getApplicationId(), use.getReceiptNumber()).closedAt(wallet));
        });
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
            LedgerEntry entry = new LedgerEntry(wallet, EntryType.CHAMBER_ADJUSTMENT, key, actor, clock.instant());
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
    public RefundDue refundUnused(Wallet wallet, String key, String note, Actor actor) {
        Optional<RefundDue> done = findRefund(key);
        if (done.isPresent()) {
            return done.get();
        }
        List<Lot> lots = lotsWithCoupons(wallet, Integer.MAX_VALUE);
        long amount = lots.stream().mapToLong(Lot::refundValueOfRemaining).sum();
        RefundDue refund = new RefundDue(wallet.getCompanyId(), RefundReason.MEMBERSHIP_CHANGE, amount, key,
                clock.instant());
        if (wallet.getBalance() > 0) {
            LedgerEntry entry = new LedgerEntry(wallet, EntryType.REFUND, key, actor, clock.instant());
            for (Lot lot : lots) {
                entry.move(wallet, lot, -lot.getRemaining());
            }
            refund.forEntry(persist(entry.withNote(note).closedAt(wallet)).getId());
        }
        em.persist(refund);
        return refund;
    }

    /** Money owed back for a payment (over-, under- or late payment of an order). Once per key. */
    public RefundDue oweRefund(long companyId, RefundReason reason, long amountYen, long orderId, String key) {
        return findRefund(key).orElseGet(() -> {
            RefundDue refund = new RefundDue(companyId, reason, amountYen, key, clock.instant()).forOrder(orderId);
            em.persist(refund);
            return refund;
        });
    }

    public Optional<RefundDue> findRefund(String idempotencyKey) {
        return em.createQuery("select r from RefundDue r where r.idempotencyKey = :key", RefundDue.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    public List<RefundDue> refundsOf(long companyId) {
        return em.createQuery("select r from RefundDue r where r.companyId = :company order by r.id", RefundDue.class)
                .setParameter("company", companyId)
                .getResultList();
    }

    public List<Lot> lotsOf(long companyId) {
        return em.createQuery("select l from Lot l where l.companyId = :company order by l.id", Lot.class)
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
        for (Lot lot : lotsWithCoupons(wallet, count)) {
            int taken = Math.min(left, lot.getRemaining());
            entry.move(wallet, lot, -taken);
            left -= taken;
            if (left == 0) {
                break;
            }
        }
    }

    /** The wallet's lots that still have coupons, oldest first (at most {@code limit} of them). */
    private List<Lot> lotsWithCoupons(Wallet wallet, int limit) {
        return em.createQuery("select l from Lot l where l.availableFor = :company order by l.id", Lot.class)
                .setParameter("company", wallet.getCompanyId())
                .setMaxResults(limit)
                .getResultList();
    }

    private LedgerEntry persist(LedgerEntry entry) {
        em.persist(entry);
        return entry;
    }
}
