package jp.tradecert.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.document.Pdf;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prints an issued certificate for the users of the company that applied (a sub ID: only its own
 * applications), within its print window; and gives the address its QR code holds, where anyone can
 * check it ({@code coupons.public-url}, the address the public reaches the application at).
 */
@Stateless
public class CertificateDocuments {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ApplicationService applications;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "coupons.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The certificate's PDF, while the applicant may print it. */
    public Pdf certificate(SignedInUser user, long applicationId) {
        CertificateApplication application = applications.get(user, applicationId);
        IssuedCertificate certificate = applications.certificateOf(user, applicationId)
                .orElseThrow(() -> new CertificateNotPrintableException(applicationId, ""));
        if (!certificate.isPrintableOn(LocalDate.now(clock))) {
            throw new CertificateNotPrintableException(applicationId, certificate.getPrintableUntil().toString());
        }
        Chamber chamber = em.find(Chamber.class, application.getChamberId());
        CertificateContent content = application.getContent();
        CertificatePdf pdf = new CertificatePdf(application.getCertificateType(), certificate.getCertificateNumber(),
                certificate.getAccessCode(), certificate.getIssuedOn(), chamber.getNameEn(), chamber.getNameJa(),
                application.getExporterName(), application.getExporterContactName(), content.consigneeName(),
                content.consigneeAddress(), englishName(application.getDestinationCountry()),
                content.portOfLoading(), content.portOfDischarge(), content.vesselOrFlight(), content.sailingDate(),
                content.invoiceNumber(), content.invoiceDate(), content.goods(),
                englishName(content.originCountry()), verificationUrl(certificate));
        return new Pdf("certificate-" + certificate.getCertificateNumber() + ".pdf", pdf.pdf());
    }

    /** The public page that checks this certificate, with its number and code filled in (the QR code's content). */
    public URI verificationUrl(IssuedCertificate certificate) {
        return URI.create(publicUrl.replaceAll("/+$", "") + "/verify.xhtml?number="
                + URLEncoder.encode(certificate.getCertificateNumber(), StandardCharsets.UTF_8)
                + "&code=" + URLEncoder.encode(certificate.getAccessCode(), StandardCharsets.UTF_8));
    }

    private static String englishName(String isoCode) {
        return Countries.find(isoCode).map(Countries.Country::upperCaseEnglishName).orElse(isoCode);
    }
}
