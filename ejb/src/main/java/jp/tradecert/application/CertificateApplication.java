package jp.tradecert.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.tradecert.account.Membership;
import jp.tradecert.account.Role;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.platform.ReasonRequiredException;

/**
 * A certificate application (証明依頼書) and its life:
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──hold──▶ ON_HOLD ──submit again──▶ SUBMITTED ──approve──▶ APPROVED / ISSUED
 * DRAFT, SUBMITTED, ON_HOLD ──withdraw──▶ WITHDRAWN
 * </pre>
 *
 * With coupon payment each submission consumes one coupon and a hold or a withdrawal of a submitted
 * application gives it back; approval issues at once. Submissions and holds are counted, and each
 * move names the submission it is about, so a repeated move (a double click, a retry, a late
 * duplicate) is recognised and changes nothing. The receipt number (受付番号) is given on the first
 * submission and kept.
 */
@Entity
@Table(name = "certificate_application")
@NamedQuery(name = CertificateApplication.BY_FORM_KEY,
        query = "select a from CertificateApplication a where a.companyId = :company and a.formKey = :key")
@NamedQuery(name = CertificateApplication.FEES_TO_PAY,
        query = "select a from CertificateApplication a where a.companyId = :company"
                + " and a.status = jp.tradecert.application.ApplicationStatus.APPROVED"
                + " and a.payment = jp.tradecert.application.FeePayment.CARD and a.feePaymentId is null"
                + " order by a.decidedAt, a.id")
public class CertificateApplication {

    /** A company's approved card-paid applications that no card payment is paying yet, oldest decision first. */
    public static final String FEES_TO_PAY = "CertificateApplication.feesToPay";

    /** The hold reason's column: longer is refused, never cut. */
    public static final int HOLD_REASON_MAX = 400;

    /** The application a company made from one form, by the form's key. */
    public static final String BY_FORM_KEY = "CertificateApplication.byFormKey";

    @Id
    @SequenceGenerator(name = "certificate_application_seq", sequenceName = "certificate_application_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_application_seq")
    private Long id;

    @Column(name = "chamber_id", nullable = false, updatable = false)
    private long chamberId;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "certificate_type", nullable = false)
    private CertificateType certificateType;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_category", nullable = false)
    private ItemCategory itemCategory;

    @Column(name = "destination_region", nullable = false)
    private String destinationRegion;

    @Column(name = "destination_country", nullable = false)
    private String destinationCountry;

    @Column(name = "applicant_name", nullable = false)
    private String applicantName;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    @Column(name = "exporter_name", nullable = false)
    private String exporterName;

    @Column(name = "exporter_contact_name", nullable = false)
    private String exporterContactName;

    @Column(name = "consignee_name")
    private String consigneeName;

    @Column(name = "consignee_address")
    private String consigneeAddress;

    @Column(name = "port_of_loading")
    private String portOfLoading;

    @Column(name = "port_of_discharge")
    private String portOfDischarge;

    @Column(name = "vessel")
    private String vesselOrFlight;

    @Column(name = "sailing_date")
    private LocalDate sailingDate;

    @Column(name = "invoice_number")
    private String invoiceNumber;

    @Column(name = "invoice_date")
    private LocalDate invoiceDate;

    @Column(name = "origin_country")
    private String originCountry;

    @ElementCollection
    @CollectionTable(name = "application_goods_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "line_number")
    private List<StoredGoodsLine> goods = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Membership tier;

    /**
     * The card payment paying this application's fee (approved, paid by card), or that paid it; none
     * while no payment is under way. One at a time: a second payment of the same fee is refused.
     */
    @Column(name = "fee_payment_id")
    private Long feePaymentId;

    @Column(name = "fee_yen", nullable = false, updatable = false)
    private long feeYen;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false)
    private FeePayment payment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Column(name = "receipt_number")
    private Long receiptNumber;

    @Column(nullable = false)
    private int submissions;

    @Column(nullable = false)
    private int holds;

    @Column(name = "hold_reason")
    private String holdReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "form_key", updatable = false)
    private String formKey;

    @Version
    private long version;

    protected CertificateApplication() {
    }

    CertificateApplication(long chamberId, long companyId, long createdBy, ApplicationForm form, Membership tier,
            long feeYen, Instant now, String formKey) {
        this.chamberId = chamberId;
        this.companyId = companyId;
        this.createdBy = createdBy;
        this.payment = form.payment();
        fillIn(form);
        this.tier = Objects.requireNonNull(tier);
        if (feeYen <= 0) {
            throw new IllegalArgumentException("A fee is a positive number of yen");
        }
        this.feeYen = feeYen;
        this.status = ApplicationStatus.DRAFT;
        this.createdAt = now;
        this.formKey = formKey;
    }

    /**
     * The applicant corrects the form: a draft, or an application the chamber put on hold. The fee's
     * payment method was chosen for good once the application was first submitted.
     */
    void edit(ApplicationForm form) {
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.ON_HOLD) {
            throw new IllegalApplicationTransitionException(id, status, "edit");
        }
        if (submissions > 0 && form.payment() != payment) {
            throw new IllegalApplicationTransitionException(id, status, "changePayment");
        }
        payment = form.payment();
        fillIn(form);
    }

    private void fillIn(ApplicationForm form) {
        certificateType = form.certificateType();
        itemCategory = form.itemCategory();
        destinationRegion = form.destinationRegion();
        destinationCountry = form.destinationCountry();
        applicantName = form.applicantName();
        signerName = form.signerName();
        exporterName = form.exporterName();
        exporterContactName = form.exporterContactName();
        CertificateContent content = form.content();
        consigneeName = content.consigneeName();
        consigneeAddress = content.consigneeAddress();
        portOfLoading = content.portOfLoading();
        portOfDischarge = content.portOfDischarge();
        vesselOrFlight = content.vesselOrFlight();
        sailingDate = content.sailingDate();
        invoiceNumber = content.invoiceNumber();
        invoiceDate = content.invoiceDate();
        originCountry = content.originCountry();
        goods.clear();
        content.goods().forEach(line -> goods.add(new StoredGoodsLine(line)));
    }

    /** The form as last filled in. */
    public ApplicationForm getForm() {
        return new ApplicationForm(certificateType, itemCategory, destinationRegion, destinationCountry,
                applicantName, signerName, exporterName, exporterContactName, payment, getContent());
    }

    public CertificateContent getContent() {
        return new CertificateContent(consigneeName, consigneeAddress, portOfLoading, portOfDischarge,
                vesselOrFlight, sailingDate, invoiceNumber, invoiceDate, originCountry,
                goods.stream().map(StoredGoodsLine::line).toList());
    }

    /**
     * Submits for issuance (発給申請), as submission number {@code attempt} (1 the first time, 2 after
     * the first hold...). A submission already made changes nothing.
     */
    CouponMove submit(int attempt, Instant now) {
        if (attempt <= submissions) {
            return CouponMove.NONE;
        }
        if (attempt != submissions + 1
                || (status != ApplicationStatus.DRAFT && status != ApplicationStatus.ON_HOLD)) {
            throw new IllegalApplicationTransitionException(id, status, "submit");
        }
        status = ApplicationStatus.SUBMITTED;
        submissions++;
        submittedAt = now;
        holdReason = null;
        return payment == FeePayment.COUPON ? CouponMove.CONSUME : CouponMove.NONE;
    }

    /** The chamber returns submission {@code attempt} for a defect (保留). Repeating it changes nothing. */
    CouponMove putOnHold(int attempt, String reason, Instant now) {
        if (attempt <= holds) {
            return CouponMove.NONE;
        }
        if (status != ApplicationStatus.SUBMITTED || attempt != submissions) {
            throw new IllegalApplicationTransitionException(id, status, "putOnHold");
        }
        ReasonRequiredException.check(reason);
        String checked = FormText.requiredLines(reason, "hold-reason", HOLD_REASON_MAX);
        status = ApplicationStatus.ON_HOLD;
        holds++;
        holdReason = checked;
        decidedAt = now;
        return payment == FeePayment.COUPON ? CouponMove.GIVE_BACK : CouponMove.NONE;
    }

    /** The applicant withdraws (取下げ); a submitted coupon-paid application gives its coupon back. */
    CouponMove withdraw(Instant now) {
        if (status == ApplicationStatus.WITHDRAWN) {
            return CouponMove.NONE;
        }
        if (status == ApplicationStatus.APPROVED || status == ApplicationStatus.ISSUED) {
            throw new IllegalApplicationTransitionException(id, status, "withdraw");
        }
        boolean heldACoupon = status == ApplicationStatus.SUBMITTED && payment == FeePayment.COUPON;
        status = ApplicationStatus.WITHDRAWN;
        decidedAt = now;
        return heldACoupon ? CouponMove.GIVE_BACK : CouponMove.NONE;
    }

    /** The chamber approves (承認); paid by coupon, the certificate is issued at once. */
    void approve(Instant now) {
        if (status == ApplicationStatus.APPROVED || status == ApplicationStatus.ISSUED) {
            return;
        }
        if (status != ApplicationStatus.SUBMITTED) {
            throw new IllegalApplicationTransitionException(id, status, "approve");
        }
        status = payment == FeePayment.COUPON ? ApplicationStatus.ISSUED : ApplicationStatus.APPROVED;
        decidedAt = now;
    }

    /** Whether {@code user} may see this application: its company's users (a sub ID only its own), its chamber's staff, the operator looking at that chamber. */
    public boolean isVisibleTo(SignedInUser user) {
        if (user.role() == Role.CHAMBER_STAFF || user.role() == Role.OPERATOR) {
            return user.chamberId() == chamberId;
        }
        if (!user.hasCompany() || user.companyId() != companyId) {
            return false;
        }
        return user.role() != Role.SUB || user.accountId() == createdBy;
    }

    /** Whether the fee is due by card and no payment is paying it. */
    public boolean isFeeToPay() {
        return status == ApplicationStatus.APPROVED && payment == FeePayment.CARD && feePaymentId == null;
    }

    /** Card payment {@code paymentId} starts paying the fee. */
    void feePaymentStarted(long paymentId) {
        if (!isFeeToPay()) {
            throw new IllegalApplicationTransitionException(id, status, "pay the fee");
        }
        feePaymentId = paymentId;
    }

    /** Card payment {@code paymentId} ended unpaid: the fee is to pay again. */
    void feePaymentFailed(long paymentId) {
        if (status == ApplicationStatus.APPROVED && Long.valueOf(paymentId).equals(feePaymentId)) {
            feePaymentId = null;
        }
    }

    /**
     * Card payment {@code paymentId} paid the fee: the certificate is issued. Answers false, changing
     * nothing, when that payment is not the one paying it (the fee was paid otherwise).
     */
    boolean feePaid(long paymentId) {
        if (status == ApplicationStatus.APPROVED && payment == FeePayment.CARD
                && (feePaymentId == null || feePaymentId == paymentId)) {
            feePaymentId = paymentId;
            status = ApplicationStatus.ISSUED;
            return true;
        }
        return false;
    }

    void assignReceiptNumber(long number) {
        if (receiptNumber != null) {
            throw new IllegalStateException("Application " + id + " already has receipt number " + receiptNumber);
        }
        receiptNumber = number;
    }

    /** The idempotency key of submission {@code n}'s coupon use. */
    String useKey(int n) {
        return "use:" + id + ":" + n;
    }

    /** The idempotency key of giving back submission {@code n}'s coupon. */
    String returnKey(int n) {
        return "return:" + id + ":" + n;
    }

    public Long getId() {
        return id;
    }

    public long getChamberId() {
        return chamberId;
    }

    public long getCompanyId() {
        return companyId;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public CertificateType getCertificateType() {
        return certificateType;
    }

    public ItemCategory getItemCategory() {
        return itemCategory;
    }

    public String getDestinationRegion() {
        return destinationRegion;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getExporterName() {
        return exporterName;
    }

    public String getExporterContactName() {
        return exporterContactName;
    }

    public Membership getTier() {
        return tier;
    }

    public long getFeeYen() {
        return feeYen;
    }

    public FeePayment getPayment() {
        return payment;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Long getReceiptNumber() {
        return receiptNumber;
    }

    public int getSubmissions() {
        return submissions;
    }

    public int getHolds() {
        return holds;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getFeePaymentId() {
        return feePaymentId;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
