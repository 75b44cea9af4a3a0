package jp.tradecert.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A certificate the chamber issued for an application: its number ({@code 2701-000123}, the chamber's
 * code and its own sequence), an access code that whoever holds the certificate can check it with on the
 * public verification page, and the window in which the applicant may print it: {@value #PRINT_DAYS}
 * days counted from the day after issuance (the PDF is the original). Written once, never changed.
 */
@Entity
@Table(name = "issued_certificate")
@NamedQueries({
        @NamedQuery(name = IssuedCertificate.BY_NUMBER,
                query = "select c from IssuedCertificate c where c.certificateNumber = :number"),
        @NamedQuery(name = IssuedCertificate.OF_APPLICATION,
                query = "select c from IssuedCertificate c where c.applicationId = :application")
})
public class IssuedCertificate {

    /** The certificate with a number, if any. */
    public static final String BY_NUMBER = "IssuedCertificate.byNumber";
    /** The certificate an application was issued, if any. */
    public static final String OF_APPLICATION = "IssuedCertificate.ofApplication";

    /** The applicant may print the certificate this many days, counted from the day after issuance. */
    public static final int PRINT_DAYS = 14;

    /** Letters and digits nobody misreads (no 0/O, 1/I/L): 32 of them, 5 bits each. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "issued_certificate_seq", sequenceName = "issued_certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issued_certificate_seq")
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "chamber_id", nullable = false, updatable = false)
    private long chamberId;

    @Column(name = "certificate_number", nullable = false, updatable = false)
    private String certificateNumber;

    @Column(name = "access_code", nullable = false, updatable = false)
    private String accessCode;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "printable_until", nullable = false, updatable = false)
    private LocalDate printableUntil;

    @Column(name = "issued_by", updatable = false)
    private Long issuedBy;

    protected IssuedCertificate() {
    }

    IssuedCertificate(CertificateApplication application, String chamberCode, long sequence, Long issuedBy,
            Instant now, LocalDate today) {
        this.applicationId = Objects.requireNonNull(application.getId());
        this.chamberId = application.getChamberId();
        this.certificateNumber = "%s-%06d".formatted(chamberCode, sequence);
        this.accessCode = newAccessCode();
        this.issuedOn = today;
        this.issuedAt = now;
        this.printableUntil = today.plusDays(PRINT_DAYS);
        this.issuedBy = issuedBy;
    }

    /** Twelve random characters of {@link #CODE_ALPHABET} (60 bits), shown in groups of four. */
    private static String newAccessCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /**
     * Whether {@code code} is this certificate's access code, however it was typed (case, spaces and
     * hyphens do not matter); compared in constant time, so that the time taken says nothing.
     */
    boolean hasAccessCode(String code) {
        String typed = code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        // an instance made for no certificate compares against a code nobody can type
        String expected = accessCode == null ? "-".repeat(CODE_LENGTH) : accessCode.replace("-", "");
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                typed.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the applicant may still print it on {@code today}. */
    public boolean isPrintableOn(LocalDate today) {
        return !today.isAfter(printableUntil);
    }

    public Long getId() {
        return id;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getChamberId() {
        return chamberId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public LocalDate getPrintableUntil() {
        return printableUntil;
    }
}
