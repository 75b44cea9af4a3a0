package jp.tradecert.purchase;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.tradecert.account.Membership;
import jp.tradecert.catalog.Price;
import jp.tradecert.ledger.Actor;
import jp.tradecert.ledger.HistoryDocument;
import jp.tradecert.ledger.RefundReason;

/**
 * A company's order for coupons. Placed open (bank transfer: pending payment, with a deadline 30 days
 * after the order date; card: awaiting the card) and closed exactly once: paid (the coupons are issued
 * by the ledger in the same transaction), underpaid, cancelled, expired or failed. While open it
 * holds the company's one open-order slot ({@code open_company_id}, unique in the database). The tier
 * and the prices are those of the order date and never change afterwards.
 */
@Entity
@Table(name = "purchase_order")
@NamedQueries({
        @NamedQuery(name = PurchaseOrder.OVERDUE, query = """
            select o.id from PurchaseOrder o
            where o.status = jp.tradecert.purchase.OrderStatus.PENDING_PAYMENT and o.expiresOn < :today"""),
        @NamedQuery(name = PurchaseOrder.AWAITING_TRANSFER, query = """
            select o from PurchaseOrder o
            where o.status = jp.tradecert.purchase.OrderStatus.PENDING_PAYMENT
              and o.companyId in (select c.id from Company c where c.chamber.id = :chamber)
            order by o.id"""),
        @NamedQuery(name = PurchaseOrder.OPEN_OF_COMPANY,
            query = "select o from PurchaseOrder o where o.openCompanyId = :company"),
        @NamedQuery(name = PurchaseOrder.BY_NUMBER, query = "select o from PurchaseOrder o where o.orderNumber = :number")
})
public class PurchaseOrder {

    /** The ids of the orders {@link #isOverdue} on {@code :today}: awaiting a transfer past their deadline. */
    public static final String OVERDUE = "PurchaseOrder.overdue";
    /** The chamber's bank-transfer orders still awaiting their transfer, oldest first. */
    public static final String AWAITING_TRANSFER = "PurchaseOrder.awaitingTransfer";
    /** The company's one open order, if any. */
    public static final String OPEN_OF_COMPANY = "PurchaseOrder.openOfCompany";
    public static final String BY_NUMBER = "PurchaseOrder.byNumber";

    /** A bank transfer must arrive within this many days of the order date. */
    public static final int PAYMENT_DAYS = 30;

    @Id
    @SequenceGenerator(name = "purchase_order_seq", sequenceName = "purchase_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "purchase_order_seq")
    private Long id;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @Column(name = "placed_by", nullable = false, updatable = false)
    private long placedBy;

    @Column(name = "placed_by_name", nullable = false, updatable = false)
    private String placedByName;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    private Instant orderedAt;

    @Column(name = "order_date", nullable = false, updatable = false)
    private LocalDate orderDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Membership tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, updatable = false)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(name = "total_coupons", nullable = false, updatable = false)
    private int totalCoupons;

    @Column(name = "total_yen", nullable = false, updatable = false)
    private long totalYen;

    @Column(name = "mail_requested", nullable = false, updatable = false)
    private boolean mailRequested;

    @Column(name = "mail_address", updatable = false)
    private String mailAddress;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "paid_yen")
    private Long paidYen;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "settlement_date")
    private LocalDate settlementDate;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "open_company_id")
    private Long openCompanyId;

    @Column(name = "listed_at", nullable = false)
    private Instant listedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("lineNumber")
    private List<OrderLine> lines = new ArrayList<>();

    protected PurchaseOrder() {
    }

    PurchaseOrder(OrderNumber number, long companyId, Actor buyer, Membership tier, PaymentMethod method,
            MailRequest mail, Instant now, ZoneId zone) {
        this.orderNumber = number.value();
        this.companyId = companyId;
        this.sequenceNumber = number.sequence();
        this.placedBy = Objects.requireNonNull(buyer.accountId(), "an order is placed by a user");
        this.placedByName = buyer.name();
        this.orderedAt = now;
        this.orderDate = now.atZone(zone).toLocalDate();
        if (!orderDate.equals(number.orderDate())) {
            throw new IllegalArgumentException("Order number " + number + " is not of " + orderDate);
        }
        this.tier = Objects.requireNonNull(tier);
        this.paymentMethod = Objects.requireNonNull(method);
        this.status = method == PaymentMethod.BANK_TRANSFER ? OrderStatus.PENDING_PAYMENT : OrderStatus.AWAITING_CARD;
        this.expiresOn = method == PaymentMethod.BANK_TRANSFER ? orderDate.plusDays(PAYMENT_DAYS) : null;
        this.mailRequested = mail.requested();
        this.mailAddress = mail.address();
        this.openCompanyId = companyId;
        this.listedAt = now;
    }

    /** Adds a line; lines are added while the order is being placed, before it is stored. */
    void addLine(Price price, int quantity) {
        if (id != null) {
            throw new IllegalStateException("The lines of a placed order do not change");
        }
        OrderLine line = new OrderLine(this, lines.size() + 1, price.getProduct(), quantity, price.getUnitPriceYen());
        lines.add(line);
        totalCoupons = Math.addExact(totalCoupons, line.getCoupons());
        totalYen = Math.addExact(totalYen, line.getAmountYen());
    }

    /** Paid in full (or more): the order is settled and its coupons are to be issued. */
    void settle(long paid, LocalDate settledOn, Instant now) {
        requirePayable("settle");
        if (paid < totalYen) {
            throw new IllegalArgumentException("Paid " + paid + " of " + totalYen + ": that is an underpayment");
        }
        status = OrderStatus.PAID;
        paidYen = paid;
        settlementDate = Objects.requireNonNull(settledOn);
        settledAt = now;
        listedAt = now;
        close(now, null);
    }

    /** A bank deposit smaller than the amount: no coupons, the deposit is owed back. */
    void markUnderpaid(long deposited, Instant now) {
        requirePayable("markUnderpaid");
        if (paymentMethod != PaymentMethod.BANK_TRANSFER || deposited >= totalYen || deposited <= 0) {
            throw new IllegalArgumentException("Not an underpayment of " + totalYen + ": " + deposited);
        }
        status = OrderStatus.UNDERPAID;
        paidYen = deposited;
        close(now, null);
    }

    /** The buyer gives up the order before paying. */
    void cancel(Long by, Instant now) {
        requireOpen("cancel");
        status = OrderStatus.CANCELLED;
        close(now, by);
    }

    /** No deposit arrived within {@value #PAYMENT_DAYS} days: the order is cancelled by the system. */
    void expire(LocalDate today, Instant now) {
        requireOpen("expire");
        if (!isOverdue(today)) {
            throw new IllegalOrderStateException(orderNumber, status, "expire");
        }
        status = OrderStatus.EXPIRED;
        close(now, null);
    }

    /**
     * The bank took back the deposit that paid this order (a cancellation record) before any of its
     * coupons was used, and the coupons were taken back: the order counts as cancelled, as if never
     * paid. The ledger keeps both the issue and the taking back.
     */
    void reverseSettlement(Instant now) {
        if (!isPaidByTransfer()) {
            throw new IllegalOrderStateException(orderNumber, status, "reverseSettlement");
        }
        status = OrderStatus.CANCELLED;
        paidYen = null;
        settledAt = null;
        settlementDate = null;
        closedAt = now;
    }

    /** A bank-transfer order its deposit paid: the only kind whose settlement a bank can take back. */
    boolean isPaidByTransfer() {
        return status == OrderStatus.PAID && paymentMethod == PaymentMethod.BANK_TRANSFER;
    }

    /** The card payment did not go through; the buyer may try again with a new order. */
    void fail(Instant now) {
        requireOpen("fail");
        if (paymentMethod != PaymentMethod.CARD) {
            throw new IllegalOrderStateException(orderNumber, status, "fail");
        }
        status = OrderStatus.FAILED;
        close(now, null);
    }

    /**
     * Whether a transfer booked on {@code date} pays this order: the order awaits one, and the date is
     * not past its deadline (the deadline day itself still counts).
     */
    public boolean takesTransferOn(LocalDate date) {
        return (status == OrderStatus.PENDING_PAYMENT || status == OrderStatus.EXPIRED) && !date.isAfter(expiresOn);
    }

    /** Whether the order awaits a transfer that can no longer come in time (the query {@link #OVERDUE} finds them). */
    public boolean isOverdue(LocalDate today) {
        return status == OrderStatus.PENDING_PAYMENT && today.isAfter(expiresOn);
    }

    /**
     * Whether a payment can still settle the order: it is open, or the system expired it (a transfer made
     * by its deadline whose file came after the expiry still pays it, see {@link #takesTransferOn}).
     */
    public boolean isPayable() {
        return isOpen() || status == OrderStatus.EXPIRED;
    }

    /**
     * The business event of the one refund this order can owe for {@code reason}: an overpayment's
     * excess, a whole underpayment, a card charged after the order had closed.
     */
    String refundKey(RefundReason reason) {
        return switch (reason) {
            case OVERPAYMENT -> "overpaid:" + id;
            case UNDERPAYMENT -> "underpaid:" + id;
            case LATE_CARD_PAYMENT -> "late-card:" + id;
            case CARD_AMOUNT_MISMATCH -> "card-mismatch:" + id;
            case LATE_DEPOSIT, MEMBERSHIP_CHANGE, UNMATCHED_DEPOSIT -> throw new IllegalArgumentException(
                    "A refund for " + reason + " is not the order's own");
        };
    }

    private void requirePayable(String action) {
        if (!isPayable()) {
            throw new IllegalOrderStateException(orderNumber, status, action);
        }
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new IllegalOrderStateException(orderNumber, status, action);
        }
    }

    private void close(Instant now, Long by) {
        closedAt = now;
        closedBy = by;
        openCompanyId = null;
    }

    public Long getId() {
        return id;
    }

    public OrderNumber getOrderNumber() {
        return new OrderNumber(orderNumber);
    }

    public long getCompanyId() {
        return companyId;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public long getPlacedBy() {
        return placedBy;
    }

    public String getPlacedByName() {
        return placedByName;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public Membership getTier() {
        return tier;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public OrderStatus getStatus() {
        return status;
    }

    /** The PDF the order prints now, if any ({@link HistoryDocument#ofOrder}). */
    public Optional<HistoryDocument> printableDocument() {
        return HistoryDocument.ofOrder(paymentMethod.name(), status.name());
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public int getTotalCoupons() {
        return totalCoupons;
    }

    public long getTotalYen() {
        return totalYen;
    }

    public boolean isMailRequested() {
        return mailRequested;
    }

    public String getMailAddress() {
        return mailAddress;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Long getPaidYen() {
        return paidYen;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public LocalDate getSettlementDate() {
        return settlementDate;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
