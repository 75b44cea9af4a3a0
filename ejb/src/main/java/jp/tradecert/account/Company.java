package jp.tradecert.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Objects;

/**
 * An applicant company (申請者) registered for trade certificates at one chamber. Its coupons belong to
 * it, not to the user who bought them. A registration is valid for two years from the day it is made.
 */
@Entity
public class Company {

    /** How long a trade registration stays valid. */
    public static final Period REGISTRATION_VALIDITY = Period.ofYears(2);

    @Id
    @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "chamber_id", nullable = false, updatable = false)
    private Chamber chamber;

    @Column(name = "trade_registration_number", nullable = false, updatable = false, length = 10)
    private TradeRegistrationNumber tradeRegistrationNumber;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    /** フリガナ, in the form {@link Kana#katakana} gives (null: not given). */
    @Column(name = "name_kana")
    private String nameKana;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Membership membership;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "registration_expires_on", nullable = false)
    private LocalDate registrationExpiresOn;

    @Version
    private long version;

    protected Company() {
    }

    public Company(Chamber chamber, TradeRegistrationNumber number, String nameJa, String nameEn,
            Membership membership, LocalDate registeredOn) {
        this.chamber = Objects.requireNonNull(chamber);
        this.tradeRegistrationNumber = Objects.requireNonNull(number);
        if (!number.chamberCode().equals(chamber.getCode())) {
            throw new IllegalArgumentException("Trade registration number " + number
                    + " does not begin with the chamber's code " + chamber.getCode());
        }
        this.nameJa = Chamber.requireText(nameJa, "Japanese name");
        this.nameEn = Chamber.requireText(nameEn, "English name");
        this.membership = Objects.requireNonNull(membership);
        this.registeredOn = Objects.requireNonNull(registeredOn);
        this.registrationExpiresOn = registeredOn.plus(REGISTRATION_VALIDITY);
    }

    /** Refuses a company whose registration has expired by {@code today} (it is valid through its last day). */
    public void requireRegistration(LocalDate today) {
        if (today.isAfter(registrationExpiresOn)) {
            throw new RegistrationExpiredException(tradeRegistrationNumber, registrationExpiresOn);
        }
    }

    /**
     * The chamber renews the registration for another {@link #REGISTRATION_VALIDITY}: from its expiry if
     * renewed in time, from {@code today} if it had lapsed.
     */
    public void renewRegistration(LocalDate today) {
        LocalDate from = today.isAfter(registrationExpiresOn) ? today : registrationExpiresOn;
        registrationExpiresOn = from.plus(REGISTRATION_VALIDITY);
    }

    /** The chamber changes the membership; unused coupons are refunded by the caller (the ledger). */
    MembershipChange changeMembership(Membership to, UserAccount by, String reason, Instant now) {
        if (to == membership) {
            throw new IllegalArgumentException("The company is already " + to);
        }
        MembershipChange change = new MembershipChange(this, membership, to, by, reason, now);
        membership = to;
        return change;
    }

    public Long getId() {
        return id;
    }

    public Chamber getChamber() {
        return chamber;
    }

    public TradeRegistrationNumber getTradeRegistrationNumber() {
        return tradeRegistrationNumber;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameKana() {
        return nameKana;
    }

    /** Gives the company its フリガナ (any kana; stored as {@link Kana#katakana}), or none (null or blank). */
    void giveKana(String kana) {
        String stored = Kana.katakana(kana);
        this.nameKana = stored == null || stored.isEmpty() ? null : stored;
    }

    public String name(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? nameJa : nameEn;
    }

    public Membership getMembership() {
        return membership;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public LocalDate getRegistrationExpiresOn() {
        return registrationExpiresOn;
    }
}
