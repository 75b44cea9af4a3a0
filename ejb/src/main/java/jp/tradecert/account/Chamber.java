package jp.tradecert.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A chamber of commerce (商工会議所): it registers companies and sells them coupons. */
@Entity
public class Chamber {

    @Id
    @SequenceGenerator(name = "chamber_seq", sequenceName = "chamber_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chamber_seq")
    private Long id;

    @Column(nullable = false, updatable = false, length = 4)
    private ChamberCode code;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Embedded
    private RefundAccount refundAccount;

    /** The last receipt number handed out; counted up by the application service, never by JPA. */
    @Column(name = "last_receipt_number", nullable = false, updatable = false)
    private long lastReceiptNumber;

    @Version
    private long version;

    protected Chamber() {
    }

    public Chamber(ChamberCode code, String nameJa, String nameEn) {
        this(code, nameJa, nameEn, 0);
    }

    /**
     * A chamber whose receipt numbers continue from {@code lastReceiptNumber}, e.g. the last number
     * of the system it is moving from.
     */
    public Chamber(ChamberCode code, String nameJa, String nameEn, long lastReceiptNumber) {
        if (lastReceiptNumber < 0) {
            throw new IllegalArgumentException("Receipt numbers are not negative");
        }
        this.lastReceiptNumber = lastReceiptNumber;
        this.code = Objects.requireNonNull(code);
        this.nameJa = requireText(nameJa, "Japanese name");
        this.nameEn = requireText(nameEn, "English name");
    }

    static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return text.strip();
    }

    public Long getId() {
        return id;
    }

    public ChamberCode getCode() {
        return code;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The account refunds are paid from, once the chamber has given it. */
    public Optional<RefundAccount> getRefundAccount() {
        return Optional.ofNullable(refundAccount).filter(account -> account.getNumber() != null);
    }

    public void changeRefundAccount(RefundAccount account) {
        this.refundAccount = Objects.requireNonNull(account);
    }

    public String name(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? nameJa : nameEn;
    }
}
