package jp.tradecert.payment.card;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The card side of a card order, written with the order: its {@link CardWatch} (registration, last
 * outcome, next inquiry), keyed by the order.
 */
@Entity
@Table(name = "card_payment")
@NamedQuery(name = CardPayment.DUE,
        query = "select p.orderId from CardPayment p where p.watch.nextInquiryAt <= :now"
                + " order by p.watch.nextInquiryAt")
public class CardPayment {

    /** The janitor's list: payments whose outcome is to be asked for now, the longest waiting first. */
    public static final String DUE = "CardPayment.due";

    @Id
    @Column(name = "order_id")
    private long orderId;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Embedded
    private CardWatch watch;

    @Version
    private long version;

    protected CardPayment() {
    }

    /** A card order's payment, not yet registered; checked by the janitor if nothing else settles it. */
    CardPayment(long orderId, String orderNumber, Instant now) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.watch = CardWatch.startingAt(now);
    }

    CardWatch watch() {
        return watch;
    }

    public long getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Optional<URI> getPaymentPage() {
        return watch.getPaymentPage();
    }

    public CardWatch.Outcome getOutcome() {
        return watch.getOutcome();
    }

    public int getInquiries() {
        return watch.getInquiries();
    }

    public Instant getNextInquiryAt() {
        return watch.getNextInquiryAt();
    }
}
