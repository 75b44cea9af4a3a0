package jp.tradecert.web.verify;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.Normalizer;
import java.time.LocalDate;
import jp.tradecert.application.CertificateVerification;
import jp.tradecert.application.CertificateVerification.Genuine;
import jp.tradecert.application.Countries;
import jp.tradecert.web.LocaleSelection;
import jp.tradecert.web.Messages;

/**
 * The public verification page ({@code /verify.xhtml}): number, access code and, optionally, the date
 * typed from the paper, or the number and code the certificate's QR code puts in the address, which are
 * checked as soon as the page opens. The page answers one of three things: genuine (with the certificate's
 * key facts), one neutral "no such certificate" whatever was wrong, or "too many checks" (the address has
 * used up its attempts; the service is then not asked at all).
 */
@Named
@RequestScoped
public class VerifyBacking {

    /** What the last check answered; also the style class of the result. */
    public enum Outcome {
        GENUINE("genuine"), NOT_FOUND("not-found"), LIMITED("limited");

        private final String styleClass;

        Outcome(String styleClass) {
            this.styleClass = styleClass;
        }

        public String getStyleClass() {
            return styleClass;
        }
    }

    @EJB
    private CertificateVerification verification;

    @Inject
    private VerificationAttempts attempts;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private FacesContext faces;

    private String number;
    private String code;
    private LocalDate date;

    private Outcome outcome;
    private Genuine certificate;

    /** The view action: the QR code's address holds number and code, so check at once; else show the form. */
    public void checkLink() {
        if (!isBlank(number) && !isBlank(code)) {
            check();
        }
    }

    /** 確認する. */
    public void check() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (!attempts.admit(request.getRemoteAddr())) {
            outcome = Outcome.LIMITED;
            certificate = null;
            return;
        }
        // the service takes lower case, spaces and missing hyphens; full-width characters from a Japanese
        // input method (２７０１－０００００１) are made plain here
        certificate = verification.verify(plain(number), plain(code), date).orElse(null);
        outcome = certificate == null ? Outcome.NOT_FOUND : Outcome.GENUINE;
    }

    /** Whether a check was made in this request: the result is shown only then. */
    public boolean isChecked() {
        return outcome != null;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public boolean isGenuine() {
        return outcome == Outcome.GENUINE;
    }

    /** The key facts of the genuine certificate; null unless the check found one. */
    public Genuine getCertificate() {
        return certificate;
    }

    public String getTypeName() {
        return certificate == null ? "" : Messages.text("CertificateType." + certificate.type().name());
    }

    /** The issuing chamber's name in the page's language (its Japanese name when it has no English one). */
    public String getChamberName() {
        if (certificate == null) {
            return "";
        }
        return localeSelection.isJapanese() || isBlank(certificate.chamberNameEn()) ? certificate.chamberNameJa()
                : certificate.chamberNameEn();
    }

    /** The consignee's country by its name in the page's language; its code if it is none of ours. */
    public String getCountryName() {
        if (certificate == null || certificate.consigneeCountry() == null) {
            return "";
        }
        return Countries.find(certificate.consigneeCountry())
                .map(country -> country.name(localeSelection.getLocale()))
                .orElse(certificate.consigneeCountry());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    private static String plain(String typed) {
        return typed == null ? null : Normalizer.normalize(typed, Normalizer.Form.NFKC);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
