package jp.tradecert.payment.card;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A card payment of application fees (証明手数料): one or more approved card-paid applications of a
 * company, paid at once on the provider's page. Awaiting the card until the provider says it was
 * charged (the certificates are issued in that transaction) or refused; its {@link CardWatch} says
 * when to ask next.
 */
@Entity
@Table(name = "fee_card_payment")
@NamedQuery(name = FeeCardPayment.DUE,
        query = "select p.id from FeeCardPayment p where p.watch.nextInquiryAt <= :now order by p.watch.nextInquiryAt")
@NamedQuery(name = FeeCardPayment.BY_NUMBER,
        query = "select p from FeeCardPayment p where p.paymentNumber = :number")
public class FeeCardPayment {

    /** The janitor's list: payments whose outcome is to be asked for now, the longest waiting first. */
    public static final String DUE = "FeeCardPayment.due";
    public static final String BY_NUMBER = "FeeCardPayment.byNumber";

    /** 'F', the day it started and the id: never a 23-digit order number, within the provider's 32 characters. */
    private static final Pattern NUMBER = Pattern.compile("F[0-9]{8}[0-9]{12}");

    public enum Status {
        AWAITING_CARD, PAID, FAILED,
        /** The provider charged another amount than the fees: nothing is issued; a clerk decides. */
        MISMATCH
    }

    /** One application's fee, as it was when the payment started. */
    @Embeddable
    public static class Line {

        @Column(name = "application_id", nullable = false)
        private long applicationId;

        @Column(name = "fee_yen", nullable = false)
        private long feeYen;

        protected Line() {
        }

        Line(long applicationId, long feeYen) {
            this.applicationId = applicationId;
            this.feeYen = feeYen;
        }

        public long getApplicationId() {
            return applicationId;
        }

        public long getFeeYen() {
            return feeYen;
        }
    }

    @Id
    @SequenceGenerator(name = "fee_card_payment_seq", sequenceName = "fee_card_payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_card_payment_seq")
    private Long id;

    @Column(name = "payment_number", nullable = false, updatable = false)
    private String paymentNumber;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(name = "payer_id", nullable = false, updatable = false)
    private long payerId;

    @Column(name = "amount_yen", nullable = false, updatable = false)
    private long amountYen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "paid_yen")
    private Long paidYen;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_card_payment_line", joinColumns = @JoinColumn(name = "payment_id"))
    @OrderColumn(name = "line_number")
    private List<Line> lines = new ArrayList<>();

    @Embedded
    private CardWatch watch;

    @Version
    private long version;

    protected FeeCardPayment() {
    }

    FeeCardPayment(long companyId, long payerId, Instant now) {
        this.companyId = companyId;
        this.payerId = payerId;
        this.status = Status.AWAITING_CARD;
        this.watch = CardWatch.startingAt(now);
    }

    /** Whether a text from outside (the provider's call, the return address) names a fee payment. */
    public static boolean isPaymentNumber(String text) {
        return text != null && NUMBER.matcher(text).matches();
    }

    /** Its number and what it pays, once persisted (the number holds the id). */
    void pays(List<Line> fees, LocalDate today) {
        paymentNumber = "F" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%012d", id);
        lines.addAll(fees);
        amountYen = fees.stream().mapToLong(Line::getFeeYen).sum();
    }

    /** The provider charged {@code yen}: PAID if it is the fees, else MISMATCH for a clerk. */
    void charged(long yen, LocalDate on) {
        paidYen = yen;
        paidOn = on;
        status = yen == amountYen ? Status.PAID : Status.MISMATCH;
    }

    void failed() {
        status = Status.FAILED;
    }

    CardWatch watch() {
        return watch;
    }

    public List<Long> applicationIds() {
        return lines.stream().map(Line::getApplicationId).toList();
    }

    public Long getId() {
        return id;
    }

    public String getPaymentNumber() {
        return paymentNumber;
    }

    public long getCompanyId() {
        return companyId;
    }

    public long getPayerId() {
        return payerId;
    }

    public long getAmountYen() {
        return amountYen;
    }

    public Status getStatus() {
        return status;
    }

    public Optional<Long> getPaidYen() {
        return Optional.ofNullable(paidYen);
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public List<Line> getLines() {
        return List.copyOf(lines);
    }

    public Optional<java.net.URI> getPaymentPage() {
        return watch.getPaymentPage();
    }
}
