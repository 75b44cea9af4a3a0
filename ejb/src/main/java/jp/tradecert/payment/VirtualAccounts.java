package jp.tradecert.payment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives, releases and finds one-time virtual accounts. An account is given to a bank-transfer order
 * in the transaction that places it and released in the one that closes it (paid, underpaid,
 * cancelled or expired); the database refuses a number held by two open orders.
 */
@Stateless
public class VirtualAccounts {

    /** Tries before giving up when concurrent orders keep taking the same free numbers. */
    private static final int ATTEMPTS = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Sets up a chamber's pool at its bank, with every number of its range free. */
    public VirtualAccountPool configurePool(VirtualAccountPool pool) {
        em.persist(pool);
        for (int number = pool.getFirstNumber(); number <= pool.getLastNumber(); number++) {
            em.persist(new VirtualAccount(pool, number));
            if ((number - pool.getFirstNumber()) % 500 == 499) {
                em.flush();
            }
        }
        return pool;
    }

    /**
     * Whether any chamber's pool at that bank and branch has a number of this range: a deposit is matched by bank,
     * branch and number, so two chambers' ranges there must never share a number.
     */
    public boolean rangeTaken(String bankCode, String branchCode, int first, int last) {
        return !em.createQuery("select p.chamberId from VirtualAccountPool p where p.bankCode = :bank"
                        + " and p.branchCode = :branch and p.firstNumber <= :last and :first <= p.lastNumber", Long.class)
                .setParameter("bank", bankCode)
                .setParameter("branch", branchCode)
                .setParameter("first", first)
                .setParameter("last", last)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public Optional<VirtualAccountPool> findPool(long chamberId) {
        return Optional.ofNullable(em.find(VirtualAccountPool.class, chamberId));
    }

    /** Gives the order a free number of its chamber's pool. */
    public OneTimeAccount assign(long chamberId, long orderId, LocalDate expiresOn) {
        VirtualAccountPool pool = findPool(chamberId).orElseThrow(() -> new NoVirtualAccountException(chamberId));
        LocalDate today = LocalDate.now(clock);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Long> candidate = em.createNamedQuery(VirtualAccount.FREE, Long.class)
                    .setParameter("chamber", chamberId)
                    .setParameter("today", today)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
            if (candidate.isEmpty()) {
                break;
            }
            // locked by its id (H2 refuses a locking query with a row limit), then looked at again:
            // another order may have taken it meanwhile
            VirtualAccount account = em.find(VirtualAccount.class, candidate.get(), LockModeType.PESSIMISTIC_WRITE);
            if (account.isFreeOn(today)) {
                account.assignTo(orderId, clock.instant());
                return describe(pool, account, expiresOn);
            }
        }
        throw new NoVirtualAccountException(chamberId);
    }

    /**
     * The order holding this account has closed: its number rests for the pool's quarantine, then is
     * free again. The caller has locked it ({@link #lockOpen}).
     */
    public void release(VirtualAccount account) {
        if (account.isOpen()) {
            int quarantineDays = em.find(VirtualAccountPool.class, account.getChamberId()).getQuarantineDays();
            account.release(LocalDate.now(clock), quarantineDays, clock.instant());
        }
    }

    /** The account an order was given, as the buyer sees it. */
    public Optional<OneTimeAccount> ofOrder(long orderId, LocalDate expiresOn) {
        return em.createQuery("select v from VirtualAccount v where v.orderId = :order", VirtualAccount.class)
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst()
                .map(account -> describe(em.find(VirtualAccountPool.class, account.getChamberId()), account, expiresOn));
    }

    /**
     * The accounts with any of these numbers (at any bank and branch: the caller tells them apart by
     * what its deposits name). Each names the order it serves or served last.
     */
    public List<VirtualAccount> findByNumbers(Collection<String> numbers) {
        return em.createQuery("select v from VirtualAccount v where v.number in :numbers order by v.id",
                        VirtualAccount.class)
                .setParameter("numbers", numbers)
                .getResultList();
    }

    /** Locks the accounts these orders hold open, in id order, for their release; answers them by order. */
    public Map<Long, VirtualAccount> lockOpen(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select v from VirtualAccount v where v.openOrderId in :orders order by v.id",
                        VirtualAccount.class)
                .setParameter("orders", orderIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .collect(Collectors.toMap(VirtualAccount::getOrderId, Function.identity()));
    }

    private static OneTimeAccount describe(VirtualAccountPool pool, VirtualAccount account, LocalDate expiresOn) {
        return new OneTimeAccount(pool.getBankCode(), pool.getBankName(), pool.getBranchCode(), pool.getBranchName(),
                account.getNumber(), pool.getHolderName(), expiresOn);
    }
}
