package jp.tradecert.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.tradecert.account.Chamber;

/**
 * The public check of an issued certificate, for whoever holds one (a customs officer, a bank, the
 * consignee): by its number and access code (and its date, when typed in from the paper), or by the
 * address its QR code holds. No sign-in. An unknown number, a wrong code and a wrong date get the same
 * answer, nothing, so that the page tells nobody which numbers exist.
 */
@Stateless
public class CertificateVerification {

    /** Compared against when no certificate has the number, so that a miss takes as long as a wrong code. */
    private static final IssuedCertificate NOBODY = new IssuedCertificate();

    @PersistenceContext
    private EntityManager em;

    /** What the verification page shows of a genuine certificate: its key facts, no personal details. */
    public record Genuine(String certificateNumber, LocalDate issuedOn, CertificateType type, String chamberNameJa,
            String chamberNameEn, String exporterName, String consigneeCountry, List<String> goods)
            implements Serializable {
    }

    /** The certificate's key facts if number, code (and date, when given) belong together; else nothing. */
    public Optional<Genuine> verify(String number, String accessCode, LocalDate issuedOn) {
        if (number == null || number.length() > 20 || accessCode == null || accessCode.length() > 30) {
            return Optional.empty();
        }
        Optional<IssuedCertificate> found = em.createNamedQuery(IssuedCertificate.BY_NUMBER, IssuedCertificate.class)
                .setParameter("number", number.strip())
                .getResultStream()
                .findFirst();
        boolean codeMatches = found.orElse(NOBODY).hasAccessCode(accessCode);
        return found.filter(certificate -> codeMatches)
                .filter(certificate -> issuedOn == null || issuedOn.equals(certificate.getIssuedOn()))
                .map(this::facts);
    }

    private Genuine facts(IssuedCertificate certificate) {
        CertificateApplication application = em.find(CertificateApplication.class, certificate.getApplicationId());
        Chamber chamber = em.find(Chamber.class, certificate.getChamberId());
        CertificateContent content = application.getContent();
        return new Genuine(certificate.getCertificateNumber(), certificate.getIssuedOn(),
                application.getCertificateType(), chamber.getNameJa(), chamber.getNameEn(),
                application.getExporterName(), application.getDestinationCountry(),
                content.goods().stream().map(GoodsLine::description).toList());
    }
}
