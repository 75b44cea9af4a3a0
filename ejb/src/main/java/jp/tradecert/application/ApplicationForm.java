package jp.tradecert.application;

import java.io.Serializable;
import java.util.Objects;

/**
 * The request form (証明依頼書) as the applicant fills it in: certificate type, main item category,
 * destination (region, then ISO country code), applicant and exporter, and how the fee is paid.
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
        FeePayment payment) implements Serializable {

    public ApplicationForm {
        Objects.requireNonNull(certificateType, "certificate type");
        Objects.requireNonNull(itemCategory, "item category");
        Objects.requireNonNull(payment, "fee payment");
        destinationRegion = required(destinationRegion, "destination region");
        destinationCountry = required(destinationCountry, "destination country");
        if (!destinationCountry.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A destination is an ISO 3166 country code: " + destinationCountry);
        }
        applicantName = required(applicantName, "applicant");
        signerName = required(signerName, "signer");
        exporterName = required(exporterName, "exporter");
        exporterContactName = required(exporterContactName, "exporter's name");
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required");
        }
        return value.strip();
    }
}
