package jp.tradecert.web.applications;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tradecert.application.ApplicationMove;
import jp.tradecert.application.ApplicationService;
import jp.tradecert.application.ApplicationStatus;
import jp.tradecert.application.CertificateApplication;
import jp.tradecert.application.CertificateContent;
import jp.tradecert.application.FeePayment;
import jp.tradecert.application.IssuedCertificate;
import jp.tradecert.application.Region;
import jp.tradecert.payment.card.FeeCardPayment;
import jp.tradecert.payment.card.FeeCardPayments;
import jp.tradecert.payment.card.FeePaymentRecords;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.LocaleSelection;
import jp.tradecert.web.Messages;
import jp.tradecert.web.ProviderPage;

/**
 * An application's own page (a bookmarkable URL, {@code /applications/view.xhtml?id=}), for its
 * applicant and for the chamber's staff: every field, its status and receipt number, the timeline of
 * its moves, and the moves its state allows — to the applicant: correct a draft or a held application,
 * 申請する / 再申請, 取下げ, カード決済, 証明書印刷; to staff: 承認 and 保留 with a reason. Anybody else
 * is told it was not found.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @EJB
    private ApplicationService applications;

    @EJB
    private FeeCardPayments feePayments;

    @EJB
    private FeePaymentRecords feePaymentRecords;

    /** Transient: a clock is not serializable, and this bean lives in the session between requests. */
    @Inject
    private transient Clock clock;

    private Long applicationId;
    private CertificateApplication application;
    private List<ApplicationMove> timeline = List.of();
    private IssuedCertificate certificate;
    private String holdReason;
    private FeeCardPayment feePayment;
    private List<Long> feesToPay = List.of();

    /** The applicant's page of an application, as an outcome that redirects there. */
    public static String pageOf(long applicationId) {
        return "/applications/view?faces-redirect=true&id=" + applicationId;
    }

    /** Staff's page of an application (in the chamber's console), as an outcome that redirects there. */
    public static String staffPageOf(long applicationId) {
        return "/staff/application?faces-redirect=true&id=" + applicationId;
    }

    /** The view action: reads the application named by the {@code id} parameter. */
    public void load() {
        if (applicationId == null) {
            Messages.error("error.ApplicationNotFoundException", "");
            return;
        }
        try {
            application = applications.get(currentUser.get(), applicationId);
            timeline = applications.timeline(currentUser.get(), applicationId);
            certificate = applications.certificateOf(currentUser.get(), applicationId).orElse(null);
            feePayment = feePaymentRecords.ofApplication(currentUser.get(), applicationId).orElse(null);
            feesToPay = currentUser.isApplicant()
                    ? applications.feesToPay(currentUser.get()).stream().map(CertificateApplication::getId).toList()
                    : List.of();
        } catch (BusinessException e) {
            application = null;
            Messages.error(e);
        }
    }

    // --- the applicant's moves ---

    /** 申請する a draft, or 再申請 a held application as it stands: the next submission. */
    public String resubmit() {
        return move("application.submitted", () -> applications.submit(currentUser.get(), applicationId,
                application.getSubmissions() + 1));
    }

    /** 取下げ. */
    public String withdraw() {
        return move("application.withdrawn", () -> applications.withdraw(currentUser.get(), applicationId));
    }

    /** カード決済: this application's fee on the provider's page (resumed if a payment is under way). */
    public String payFee() {
        return toCardPage(List.of(applicationId));
    }

    /** まとめてカード決済: this fee and every other approved one the user may pay, in one payment. */
    public String payAllFees() {
        List<Long> all = new ArrayList<>(List.of(applicationId));
        feesToPay.stream().filter(id -> !id.equals(applicationId)).forEach(all::add);
        return toCardPage(all);
    }

    private String toCardPage(List<Long> applicationIds) {
        return ProviderPage.redirect(() -> feePayments.paymentPage(currentUser.get(), applicationIds), this::load);
    }

    /** カード決済をやめる: the fee is to pay again; issued instead if the provider says it was paid. */
    public String stopFeePayment() {
        return move("application.cardStopped", () -> feePayments.stop(currentUser.get(), feePayment.getId()));
    }

    // --- staff's moves ---

    /** 承認: a coupon-paid application is issued at once. */
    public String approve() {
        return move("application.approved", () -> applications.approve(currentUser.get(), applicationId));
    }

    /** 保留, with the reason the applicant is shown; a coupon paid for it goes back. */
    public String hold() {
        if (holdReason == null || holdReason.isBlank()) {
            Messages.atField("hold-reason", "application.holdReasonRequired");
            return null;
        }
        return move("application.held", () -> applications.putOnHold(currentUser.get(), applicationId,
                application.getSubmissions(), holdReason));
    }

    /**
     * Makes a move about the submission shown (a second tab or a double click repeats it, which changes
     * nothing), then shows the page again with the outcome; a refused move says why.
     */
    private String move(String doneKey, Runnable move) {
        try {
            move.run();
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, doneKey);
            return isStaff() ? staffPageOf(applicationId) : pageOf(applicationId);
        } catch (BusinessException e) {
            Messages.error(e);
            load();
            return null;
        }
    }

    // --- what the page shows ---

    public boolean isFound() {
        return application != null;
    }

    public CertificateApplication getApplication() {
        return application;
    }

    public CertificateContent getContent() {
        return application.getContent();
    }

    public List<ApplicationMove> getTimeline() {
        return timeline;
    }

    public IssuedCertificate getCertificate() {
        return certificate;
    }

    public boolean isStaff() {
        return !currentUser.isApplicant();
    }

    public String getStatusName() {
        return Messages.text("ApplicationStatus." + application.getStatus().name());
    }

    public String moveName(ApplicationMove move) {
        return Messages.text("ApplicationMove." + move.getKind().name());
    }

    public String getTypeName() {
        return Messages.text("CertificateType." + application.getCertificateType().name());
    }

    public String getCategoryName() {
        return Messages.text("ItemCategory." + application.getItemCategory().name());
    }

    public String getRegionName() {
        return Region.valueOf(application.getDestinationRegion()).displayName(localeSelection.getLocale());
    }

    public String countryName(String code) {
        return CountryChoices.name(code, localeSelection.getLocale());
    }

    public String getPaymentName() {
        return Messages.text("FeePayment." + application.getPayment().name());
    }

    private boolean isApplicantsView() {
        return application != null && currentUser.isApplicant();
    }

    private boolean is(ApplicationStatus status) {
        return application.getStatus() == status;
    }

    public boolean isMayEdit() {
        return isApplicantsView() && (is(ApplicationStatus.DRAFT) || is(ApplicationStatus.ON_HOLD));
    }

    public boolean isMayResubmit() {
        return isMayEdit();
    }

    public boolean isMayWithdraw() {
        return isApplicantsView()
                && (is(ApplicationStatus.DRAFT) || is(ApplicationStatus.SUBMITTED) || is(ApplicationStatus.ON_HOLD));
    }

    /** カード決済 of an approved card-paid application: a new payment, or back to the one under way. */
    public boolean isMayPayFee() {
        return isApplicantsView() && is(ApplicationStatus.APPROVED) && application.getPayment() == FeePayment.CARD
                && application.isVisibleTo(currentUser.get()) && currentUser.get().role().mayBuyOrUseCoupons()
                && (application.isFeeToPay() || isFeePaymentUnderWay());
    }

    /** How many fees {@link #payAllFees} would pay: this one and the others approved (2 or more to offer it). */
    public int getFeesToPayTogether() {
        return application.isFeeToPay() && feesToPay.contains(applicationId) ? feesToPay.size() : 0;
    }

    public boolean isFeePaymentUnderWay() {
        return feePayment != null && feePayment.getStatus() == FeeCardPayment.Status.AWAITING_CARD;
    }

    public FeeCardPayment getFeePayment() {
        return feePayment;
    }

    /** The card payment that paid the fee, once paid (its statement 利用明細(控) is printable). */
    public boolean isFeePaid() {
        return feePayment != null && feePayment.getStatus() == FeeCardPayment.Status.PAID;
    }

    public boolean isMayDecide() {
        return application != null && currentUser.isStaff() && is(ApplicationStatus.SUBMITTED);
    }

    /** Whether the issued certificate can still be printed today (14 days from the day after issuance). */
    public boolean isPrintable() {
        return certificate != null && certificate.isPrintableOn(LocalDate.now(clock));
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }
}
