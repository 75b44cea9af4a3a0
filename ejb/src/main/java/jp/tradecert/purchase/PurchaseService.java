package jp.tradecert.purchase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tradecert.account.Company;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.catalog.CatalogService;
import jp.tradecert.catalog.Price;
import jp.tradecert.catalog.ProductNotSoldException;
import jp.tradecert.ledger.Actor;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.Lot;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundReason;
import jp.tradecert.ledger.Wallet;
import jp.tradecert.payment.OneTimeAccount;
import jp.tradecert.payment.VirtualAccount;
import jp.tradecert.payment.VirtualAccounts;

/**
 * Places, settles and closes purchase orders. Placing an order locks the company's wallet, so that two
 * users of one company cannot place orders at once, and the database's unique open-order slot backs
 * that up. A bank-transfer order is given a one-time virtual account as it is placed, which rests in
 * quarantine once the order closes. Settling, cancelling and expiring lock the order first, then the
 * wallet, then the virtual account (always in that order, so that they never deadlock): a
 * {@link LockedOrder} holds all three. A card order's payment is the card side's: it observes
 * {@link OrderPlaced} and reports the provider's answers to {@link #cardPaid} and {@link #failCardPayment}.
 */
@Stateless
public class PurchaseService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PurchaseLimits limits;

    @EJB
    private CatalogService catalog;

    @EJB
    private LedgerService ledger;

    @EJB
    private VirtualAccounts virtualAccounts;

    @EJB
    private PurchaseMails mails;

    @Inject
    private Event<OrderPlaced> placed;

    /**
     * Places an order at the company's current tier and today's prices. Refused for a company admin
     * ID, for quantities that break a rule, for a product not sold to the tier, and while the company
     * has another open order (the error names it).
     */
    public PurchaseOrder placeOrder(SignedInUser buyer, PurchaseRequest request) {
        CouponsNotAllowedException.check(buyer);
        // the wallet's lock first: the membership (the tier) and the open-order slot are read under it
        Wallet wallet = ledger.lockWallet(buyer.companyId());
        Company company = em.find(Company.class, buyer.companyId());
        Instant now = clock.instant();
        LocalDate today = now.atZone(clock.getZone()).toLocalDate();
        List<Price> prices = check(company, request, today);
        findOpenOrder(company.getId()).ifPresent(open -> {
            throw new OpenOrderExistsException(open.getOrderNumber());
        });

        OrderNumber number = OrderNumber.of(today, company.getTradeRegistrationNumber(),
                lastSequence(company.getId()) + 1);
        PurchaseOrder order = new PurchaseOrder(number, company.getId(), buyer.actor(), company.getMembership(),
                request.method(), request.mail(), now, clock.getZone());
        for (Price price : prices) {
            int quantity = request.quantityOf(price.getProduct().getCode());
            if (quantity > 0) {
                order.addLine(price, quantity);
            }
        }
        em.persist(order);
        if (order.getPaymentMethod() == PaymentMethod.BANK_TRANSFER) {
            virtualAccounts.assign(company.getChamber().getId(), order.getId(), order.getExpiresOn());
            mails.orderAccepted(order, accountOf(order).orElseThrow());
        }
        ledger.reserve(wallet, order.getTotalCoupons());
        placed.fire(new OrderPlaced(order));
        return order;
    }

    /**
     * What the purchase form offers the user's company today: products and prices at its tier, its
     * balance and pending coupons, the limits of one order, and its open order if it has one.
     */
    public PurchaseOffer offerFor(SignedInUser buyer) {
        CouponsNotAllowedException.check(buyer);
        Company company = em.find(Company.class, buyer.companyId());
        LocalDate today = LocalDate.now(clock);
        company.requireRegistration(today);
        List<ProductOffer> products = catalog.priceList(company.getChamber().getId(), company.getMembership(), today)
                .stream().map(ProductOffer::of).toList();
        Wallet wallet = ledger.walletOf(company.getId());
        PurchaseOffer.OpenOrder open = findOpenOrder(company.getId())
                .map(order -> new PurchaseOffer.OpenOrder(order.getId(), order.getOrderNumber()))
                .orElse(null);
        return new PurchaseOffer(company.getMembership(), products, wallet.getBalance(), wallet.getPendingCoupons(),
                limits.maxBooklets(), limits.maxCoupons(), open);
    }

    /**
     * Checks a request as placing it would (the products sold to the tier, the quantities, the mail),
     * without placing it or reserving anything: for the form's 購入 buttons, before the confirmation.
     */
    public void check(SignedInUser buyer, PurchaseRequest request) {
        CouponsNotAllowedException.check(buyer);
        check(em.find(Company.class, buyer.companyId()), request, LocalDate.now(clock));
    }

    /** Today's prices at the company's tier, once the request is known to be acceptable. */
    private List<Price> check(Company company, PurchaseRequest request, LocalDate today) {
        company.requireRegistration(today);
        List<Price> prices = catalog.priceList(company.getChamber().getId(), company.getMembership(), today);
        Map<String, Price> byCode = prices.stream()
                .collect(Collectors.toMap(price -> price.getProduct().getCode(), Function.identity()));
        request.quantities().forEach((code, quantity) -> {
            if (quantity != null && quantity != 0 && !byCode.containsKey(code)) {
                throw new ProductNotSoldException(code, company.getMembership());
            }
        });
        limits.check(request, code -> byCode.containsKey(code) ? byCode.get(code).getProduct().getCoupons() : 0);
        return prices;
    }

    /**
     * Settles an open order paid in full or more (a card payment, or a matching bank deposit): the
     * coupons are issued in the same transaction, on the given settlement date; an excess is owed
     * back. Settling an order already paid changes nothing.
     */
    public PurchaseOrder settle(long orderId, long paidYen, LocalDate settlementDate) {
        LockedOrder locked = lock(orderId);
        if (locked.order().getStatus() != OrderStatus.PAID) {
            settle(locked, paidYen, settlementDate);
        }
        return locked.order();
    }

    /**
     * Settles an open order the caller holds locked (as the reconciliation does for a whole chunk of
     * deposits at once); answers the refund owed for an excess, if any.
     */
    public Optional<RefundDue> settle(LockedOrder locked, long paidYen, LocalDate settlementDate) {
        PurchaseOrder order = locked.order();
        Instant now = clock.instant();
        boolean open = order.isOpen();
        order.settle(paidYen, settlementDate, now);
        if (open) {
            closed(locked);
        }
        ledger.issue(locked.wallet(), "settle:" + order.getId(), order.getId(), lotsOf(order, now),
                Actor.of(order.getPlacedBy(), order.getPlacedByName()));
        mails.couponsIssued(order);
        if (paidYen <= order.getTotalYen()) {
            return Optional.empty();
        }
        long excess = paidYen - order.getTotalYen();
        RefundDue refund = ledger.oweRefund(order.getCompanyId(), RefundReason.OVERPAYMENT, excess, order.getId(),
                order.refundKey(RefundReason.OVERPAYMENT));
        mails.refundDue(order, paidYen, excess);
        return Optional.of(refund);
    }

    /**
     * The card provider says the order's card was charged: an order still awaiting the card is
     * settled (once); one the buyer gave up meanwhile, then paid on a page still open, owes the money
     * back. Answers the order's status afterwards.
     */
    public OrderStatus cardPaid(long orderId, long paidYen, LocalDate settlementDate) {
        LockedOrder locked = lock(orderId);
        PurchaseOrder order = locked.order();
        if (order.getStatus() == OrderStatus.AWAITING_CARD) {
            settle(locked, paidYen, settlementDate);
        } else if (order.getStatus() != OrderStatus.PAID) {
            ledger.oweRefund(order.getCompanyId(), RefundReason.LATE_CARD_PAYMENT, paidYen, orderId,
                    order.refundKey(RefundReason.LATE_CARD_PAYMENT));
        }
        return order.getStatus();
    }

    /**
     * The bank took back the deposit that settled this bank-transfer order (a cancellation record).
     * When none of the order's coupons has been used they are taken back (a 会議所操作 entry that says
     * why) and the order counts as cancelled; true is answered.
     * When some were used (or the order is not a paid one) nothing changes and false is answered: a
     * clerk decides.
     */
    public boolean reverseSettlement(long orderId) {
        PurchaseOrder order = lockOrder(orderId);
        if (!order.isPaidByTransfer()) {
            return false;
        }
        Wallet wallet = ledger.lockWallet(order.getCompanyId());
        List<Long> lineIds = order.getLines().stream().map(OrderLine::getId).toList();
        List<Lot> lots = ledger.lotsOfOrderLines(lineIds);
        if (lots.stream().anyMatch(lot -> lot.getRemaining() != lot.getCoupons())) {
            return false;
        }
        ledger.takeBack(wallet, "reversal:" + order.getId(), lots, order.getOrderNumber().value(), Actor.SYSTEM);
        order.reverseSettlement(clock.instant());
        mails.depositReversed(order);
        return true;
    }

    /** A bank deposit smaller than the amount: no coupons, the whole deposit is owed back. */
    public PurchaseOrder recordUnderpayment(long orderId, long depositedYen) {
        LockedOrder locked = lock(orderId);
        if (locked.order().getStatus() != OrderStatus.UNDERPAID) {
            recordUnderpayment(locked, depositedYen);
        }
        return locked.order();
    }

    /** The same, for an open order the caller holds locked; answers the refund owed (all of the deposit). */
    public RefundDue recordUnderpayment(LockedOrder locked, long depositedYen) {
        PurchaseOrder order = locked.order();
        boolean open = order.isOpen();
        order.markUnderpaid(depositedYen, clock.instant());
        if (open) {
            closed(locked);
        }
        RefundDue refund = ledger.oweRefund(order.getCompanyId(), RefundReason.UNDERPAYMENT, depositedYen,
                order.getId(), order.refundKey(RefundReason.UNDERPAYMENT));
        mails.refundDue(order, depositedYen, depositedYen);
        return refund;
    }

    /** The buyer (a user of the company) cancels an open order. Cancelling it again changes nothing. */
    public PurchaseOrder cancel(SignedInUser user, long orderId) {
        CouponsNotAllowedException.check(user);
        LockedOrder locked = lock(orderId);
        if (locked.order().getCompanyId() != user.companyId()) {
            throw new OrderNotFoundException(orderId);
        }
        return cancel(locked, user);
    }

    /**
     * A member of the chamber's staff cancels an open order of one of its companies (the caller, {@code OrderDesk},
     * checked the chamber and the method), exactly as its buyer would.
     */
    public PurchaseOrder cancelForTheChamber(SignedInUser staff, long orderId) {
        StaffOnlyException.check(staff, staff.chamberId());
        return cancel(lock(orderId), staff);
    }

    private PurchaseOrder cancel(LockedOrder locked, SignedInUser user) {
        PurchaseOrder order = locked.order();
        if (order.getStatus() == OrderStatus.CANCELLED) {
            return order;
        }
        order.cancel(user.accountId(), clock.instant());
        closed(locked);
        mails.orderCancelled(order);
        return order;
    }

    /**
     * The provider charged another amount than the order's: no coupons; the order closes as failed
     * (the company may buy again) and what was charged is owed back, for a clerk. Once per order.
     */
    public OrderStatus cardAmountMismatch(long orderId, long chargedYen) {
        LockedOrder locked = lock(orderId);
        PurchaseOrder order = locked.order();
        if (order.getStatus() == OrderStatus.AWAITING_CARD) {
            order.fail(clock.instant());
            closed(locked);
        }
        ledger.oweRefund(order.getCompanyId(), RefundReason.CARD_AMOUNT_MISMATCH, chargedYen, orderId,
                order.refundKey(RefundReason.CARD_AMOUNT_MISMATCH));
        return order.getStatus();
    }

    /** The card payment failed, or the buyer stopped it: the order closes without coupons. Failing it again changes nothing. */
    public PurchaseOrder failCardPayment(long orderId) {
        LockedOrder locked = lock(orderId);
        PurchaseOrder order = locked.order();
        if (order.getStatus() != OrderStatus.FAILED) {
            order.fail(clock.instant());
            closed(locked);
            mails.cardPaymentFailed(order);
        }
        return order;
    }

    /**
     * Expires every bank-transfer order whose 30 days had passed by {@code today} without a deposit (the
     * nightly job calls this, with the last night whose bank files were all applied: see the batch's
     * {@code NightlyRuns.expiryHorizon}). Returns the orders it expired.
     */
    public List<PurchaseOrder> expireOverdueOrders(LocalDate today) {
        Instant now = clock.instant();
        List<Long> overdue = em.createNamedQuery(PurchaseOrder.OVERDUE, Long.class)
                .setParameter("today", today)
                .getResultList();
        List<PurchaseOrder> expired = new ArrayList<>();
        for (long id : overdue) {
            LockedOrder locked = lock(id);
            PurchaseOrder order = locked.order();
            if (order.isOverdue(today)) {
                order.expire(today, now);
                closed(locked);
                mails.orderCancelled(order);
                expired.add(order);
            }
        }
        return expired;
    }

    /** A bank-transfer order awaiting its deposit, with the account it is to be paid into. */
    public record AwaitedTransfer(String orderNumber, long amountYen, LocalDate orderDate, OneTimeAccount account) {
    }

    /**
     * The chamber's bank-transfer orders still awaiting their deposit, oldest first (for the chamber's
     * staff and their automation, and for the bank sandbox).
     */
    public List<AwaitedTransfer> awaitedTransfers(long chamberId) {
        List<PurchaseOrder> orders = em.createNamedQuery(PurchaseOrder.AWAITING_TRANSFER, PurchaseOrder.class)
                .setParameter("chamber", chamberId)
                .getResultList();
        List<AwaitedTransfer> awaited = new ArrayList<>();
        for (PurchaseOrder order : orders) {
            accountOf(order).ifPresent(account -> awaited.add(new AwaitedTransfer(order.getOrderNumber().value(),
                    order.getTotalYen(), order.getOrderDate(), account)));
        }
        return awaited;
    }

    /** The company's open order, if it has one. */
    public Optional<PurchaseOrder> findOpenOrder(long companyId) {
        return em.createNamedQuery(PurchaseOrder.OPEN_OF_COMPANY, PurchaseOrder.class)
                .setParameter("company", companyId)
                .getResultStream()
                .findFirst();
    }

    /** One of the user's company's orders. */
    public PurchaseOrder getOrder(SignedInUser user, long orderId) {
        PurchaseOrder order = em.find(PurchaseOrder.class, orderId);
        if (order == null || !isOfCompany(user, order)) {
            throw new OrderNotFoundException(orderId);
        }
        return order;
    }

    /** One of the user's company's orders, by its number (e.g. from the card provider's return). */
    public Optional<PurchaseOrder> findOrder(SignedInUser user, OrderNumber number) {
        return findByNumber(number).filter(order -> isOfCompany(user, order));
    }

    private static boolean isOfCompany(SignedInUser user, PurchaseOrder order) {
        return user.hasCompany() && order.getCompanyId() == user.companyId();
    }

    public Optional<PurchaseOrder> findByNumber(OrderNumber number) {
        return em.createNamedQuery(PurchaseOrder.BY_NUMBER, PurchaseOrder.class)
                .setParameter("number", number.value())
                .getResultStream()
                .findFirst();
    }

    /** A closed order no longer holds pending coupons, and its one-time account goes to quarantine. */
    private void closed(LockedOrder locked) {
        ledger.release(locked.wallet(), locked.order().getTotalCoupons());
        if (locked.account() != null) {
            virtualAccounts.release(locked.account());
        }
    }

    /** The one-time account a bank-transfer order was given. */
    public Optional<OneTimeAccount> accountOf(PurchaseOrder order) {
        return virtualAccounts.ofOrder(order.getId(), order.getExpiresOn());
    }

    /**
     * Locks these orders, in id order (so that two such callers never wait on each other in a cycle),
     * then the wallets of the companies of those a payment can still settle (open, or expired: see
     * {@link PurchaseOrder#isPayable}), then the one-time accounts they hold, and answers
     * them by order id, each as a {@link LockedOrder}. Their lines, and the companies (with their
     * chambers) of the buyers who asked for mail, which the mails name, are read too, in one statement
     * each, so that closing them one by one reads nothing more.
     */
    public Map<Long, LockedOrder> lockAll(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, PurchaseOrder> orders = em.createQuery("select o from PurchaseOrder o where o.id in :orders order by o.id",
                        PurchaseOrder.class)
                .setParameter("orders", orderIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // EclipseLink's batch reading: the lines of all of them in one "in" query
                .setHint("eclipselink.batch", "o.lines")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream()
                .collect(Collectors.toMap(PurchaseOrder::getId, Function.identity()));
        Set<Long> mailed = orders.values().stream().filter(PurchaseOrder::isMailRequested)
                .map(PurchaseOrder::getCompanyId).collect(Collectors.toSet());
        if (!mailed.isEmpty()) {
            em.createQuery("select c from Company c join fetch c.chamber where c.id in :companies", Company.class)
                    .setParameter("companies", mailed)
                    .getResultList();
        }
        List<PurchaseOrder> payable = orders.values().stream().filter(PurchaseOrder::isPayable).toList();
        Map<Long, Wallet> wallets = ledger.lockWallets(payable.stream().map(PurchaseOrder::getCompanyId)
                .collect(Collectors.toSet()));
        Map<Long, VirtualAccount> accounts = virtualAccounts.lockOpen(payable.stream().filter(PurchaseOrder::isOpen)
                .map(PurchaseOrder::getId).toList());
        return orders.values().stream().collect(Collectors.toMap(PurchaseOrder::getId, order -> new LockedOrder(order,
                order.isPayable() ? wallets.get(order.getCompanyId()) : null, accounts.get(order.getId()))));
    }

    /** One order, locked as {@link #lockAll} locks many (the one place that knows the order of the locks). */
    private LockedOrder lock(long orderId) {
        LockedOrder locked = lockAll(List.of(orderId)).get(orderId);
        if (locked == null) {
            throw new OrderNotFoundException(orderId);
        }
        return locked;
    }

    private PurchaseOrder lockOrder(long orderId) {
        PurchaseOrder order = em.find(PurchaseOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new OrderNotFoundException(orderId);
        }
        return order;
    }

    private int lastSequence(long companyId) {
        Integer last = em.createQuery("select max(o.sequenceNumber) from PurchaseOrder o where o.companyId = :company",
                        Integer.class)
                .setParameter("company", companyId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    /** One lot for an order line of single coupons, one per booklet. */
    private static List<Lot> lotsOf(PurchaseOrder order, Instant now) {
        List<Lot> lots = new ArrayList<>();
        for (OrderLine line : order.getLines()) {
            if (line.getProduct().isBooklet()) {
                for (int i = 0; i < line.getQuantity(); i++) {
                    lots.add(Lot.ofBooklet(order.getCompanyId(), line.getId(), line.getProduct().getCoupons(),
                            line.getUnitPriceYen(), now));
                }
            } else {
                lots.add(Lot.ofSingles(order.getCompanyId(), line.getId(), line.getCoupons(), line.getUnitPriceYen(),
                        now));
            }
        }
        return lots;
    }
}
