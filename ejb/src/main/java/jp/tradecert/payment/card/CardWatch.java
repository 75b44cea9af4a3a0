package jp.tradecert.payment.card;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.tradecert.platform.Backoff;

/**
 * The card side of whatever is paid by card (a coupon order, application fees): the provider's
 * registration (the page the buyer pays on), the outcome as last learnt, and when to ask the provider
 * next. Pending until the provider says the card was charged or refused; asking again backs off (1, 2,
 * 4 … minutes, at most an hour), so a provider outage is waited out without hammering it. Embedded in
 * the row of what is paid, so the answer and its consequence are written together.
 */
@Embeddable
public class CardWatch {

    /** The provider's answer as last known. */
    public enum Outcome {
        PENDING, PAID, FAILED,
        /** Charged another amount than what was paid for: closed for a clerk, never asked again. */
        MISMATCH
    }

    static final Duration FIRST_CHECK = Duration.ofMinutes(10);

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

    protected CardWatch() {
    }

    /** A payment not yet registered; checked by the janitor if nothing else settles it. */
    public static CardWatch startingAt(Instant now) {
        CardWatch watch = new CardWatch();
        watch.createdAt = now;
        watch.outcome = Outcome.PENDING;
        watch.nextInquiryAt = now.plus(FIRST_CHECK);
        return watch;
    }

    public void registered(CardRegistration registration, Instant now) {
        if (transCode == null) {
            transCode = registration.transCode();
            paymentPage = registration.paymentPage().toString();
            registeredAt = now;
        }
    }

    /**
     * Learns the provider's answer and says what it means: PAID (charged), FAILED (refused, or the
     * provider's page has expired unpaid: nothing can be paid any more) or PENDING (asked again later).
     * A page expired unpaid is not the provider's last word: it is still asked about, later and later,
     * until {@code watchPeriod} has passed, so a charge that comes after all is caught.
     */
    public Outcome learn(CardInquiry answer, Duration pageLifetime, Duration watchPeriod, Instant now) {
        boolean expired = now.isAfter(createdAt.plus(pageLifetime));
        Outcome learnt = switch (answer.state()) {
            case PAID -> Outcome.PAID;
            case FAILED -> Outcome.FAILED;
            case NOT_PAID, NOT_FOUND -> expired ? Outcome.FAILED : Outcome.PENDING;
        };
        inquiries++;
        lastInquiryAt = now;
        outcome = learnt;
        boolean over = learnt == Outcome.PAID || answer.state() == CardInquiry.State.FAILED
                || now.isAfter(createdAt.plus(watchPeriod));
        nextInquiryAt = over ? null : now.plus(Backoff.after(inquiries));
        return learnt;
    }

    /** The provider charged another amount than what was paid for: closed, not asked again. */
    public void mismatched(Instant now) {
        outcome = Outcome.MISMATCH;
        lastInquiryAt = now;
        nextInquiryAt = null;
    }

    /** The provider could not be asked: try again later, later each time. */
    public void unanswered(Instant now) {
        inquiries++;
        lastInquiryAt = now;
        nextInquiryAt = now.plus(Backoff.after(inquiries));
    }

    /** Nothing more to ask the provider. */
    public void unwatched() {
        nextInquiryAt = null;
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
