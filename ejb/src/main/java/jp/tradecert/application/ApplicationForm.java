package jp.tradecert.application;

import java.io.Serializable;
import java.util.Objects;

/**
 * The request form (証明依頼書) as the applicant fills it in: certificate type, main item category,
 * destination (region, then ISO country code), applicant (発給申請者) and exporter (輸出者), how the fee
 * is paid, and what the certificate itself states ({@link CertificateContent}). Every value is checked
 * here, once, naming its field when it is refused.
 */
public record ApplicationForm(
        CertificateType certificateType,
        ItemCategory itemCategory,
        String destinationRegion,
        String destinationCountry,
        String applicantName,
        String signerName,
        String exporterName,
        String exporterContactName,
        FeePayment payment,
        CertificateContent content) implements Serializable {

    public ApplicationForm {
        required(certificateType, "certificateType");
        required(itemCategory, "itemCategory");
        required(payment, "payment");
        required(content, "content");
        destinationRegion = FormText.required(destinationRegion, "destinationRegion", 24);
        destinationCountry = FormText.required(destinationCountry, "destinationCountry", 2);
        if (!Countries.isKnown(destinationCountry)) {
            throw new InvalidFieldException("destinationCountry", InvalidFieldException.Problem.UNKNOWN);
        }
        if (!Countries.regionOf(destinationCountry).name().equals(destinationRegion)) {
            throw new InvalidFieldException("destinationRegion", InvalidFieldException.Problem.UNKNOWN);
        }
        applicantName = FormText.required(applicantName, "applicantName", 200);
        signerName = FormText.required(signerName, "signerName", 100);
        exporterName = FormText.required(exporterName, "exporterName", 200);
        exporterContactName = FormText.required(exporterContactName, "exporterContactName", 100);
        if (certificateType == CertificateType.ORIGIN_JAPANESE && !"JP".equals(content.originCountry())) {
            // a certificate of Japanese origin certifies Japan, whatever else was chosen
            throw new InvalidFieldException("originCountry", InvalidFieldException.Problem.UNKNOWN);
        }
    }

    private static void required(Object value, String field) {
        if (Objects.isNull(value)) {
            throw new InvalidFieldException(field, InvalidFieldException.Problem.REQUIRED);
        }
    }
}
