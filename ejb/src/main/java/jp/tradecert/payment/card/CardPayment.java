package jp.tradecert.payment.card;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.tradecert.platform.Backoff;

/**
 * The card side of a card order, written with the order. Pending until the provider says the card
 * was charged or refused; meanwhile it carries the provider's registration (the page the buyer pays
 * on) and when to ask the provider next. Asking again backs off (1, 2, 4 … minutes, at most an hour),
 * so a provider outage is waited out without hammering it.
 */
@Entity
@Table(name = "card_payment")
@NamedQuery(name = CardPayment.DUE,
        query = "select p.orderId from CardPayment p where p.nextInquiryAt <= :now order by p.nextInquiryAt")
public class CardPayment {

    /** The janitor's list: payments whose outcome is to be asked for now, the longest waiting first. */
    public static final String DUE = "CardPayment.due";

    /** The provider's answer as last known. */
    public enum Outcome {
        PENDING, PAID, FAILED
    }

    static final Duration FIRST_CHECK = Duration.ofMinutes(10);

    @Id
    @Column(name = "order_id")
    private long orderId;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "trans_code")
    private String transCode;

    @Column(name = "payment_page")
    private String paymentPage;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(nullable = false)
    private int inquiries;

    @Column(name = "last_inquiry_at")
    private Instant lastInquiryAt;

    @Column(name = "next_inquiry_at")
    private Instant nextInquiryAt;

    @Version
    private long version;

    protected CardPayment() {
    }

    /** A card order's payment, not yet registered; checked by the janitor if nothing else settles it. */
    CardPayment(long orderId, String orderNumber, Instant now) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.createdAt = now;
        this.outcome = Outcome.PENDING;
        this.nextInquiryAt = now.plus(FIRST_CHECK);
    }

    void registered(CardRegistration registration, Instant now) {
        if (transCode == null) {
            transCode = registration.transCode();
            paymentPage = registration.paymentPage().toString();
            registeredAt = now;
        }
    }

    /** The provider answered: PAID or FAILED end the checks; anything else is asked again later. */
    void answered(Outcome learnt, Instant now) {
        inquiries++;
        lastInquiryAt = now;
        outcome = learnt;
        nextInquiryAt = learnt == Outcome.PENDING ? now.plus(Backoff.after(inquiries)) : null;
    }

    /** The provider could not be asked: try again later, later each time. */
    void unanswered(Instant now) {
        inquiries++;
        lastInquiryAt = now;
        nextInquiryAt = now.plus(Backoff.after(inquiries));
    }

    /** Nothing more to ask the provider. */
    void unwatched() {
        nextInquiryAt = null;
    }

    /** Whether the buyer has had long enough to pay: after that, "not paid" is final. */
    boolean isAbandoned(Duration pageLifetime, Instant now) {
        return now.isAfter(createdAt.plus(pageLifetime));
    }

    public long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Optional<URI> getPaymentPage() {
        return Optional.ofNullable(paymentPage).map(URI::create);
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getInquiries() {
        return inquiries;
    }

    public Instant getNextInquiryAt() {
        return nextInquiryAt;
    }
}
