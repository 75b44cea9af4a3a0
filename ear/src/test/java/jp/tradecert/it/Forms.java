package jp.tradecert.it;

import java.time.LocalDate;
import java.util.List;
import jp.tradecert.application.ApplicationForm;
import jp.tradecert.application.CertificateContent;
import jp.tradecert.application.CertificateType;
import jp.tradecert.application.FeePayment;
import jp.tradecert.application.GoodsLine;
import jp.tradecert.application.ItemCategory;

/** Request forms as an applicant fills them in, for the tests that need one. */
public final class Forms {

    private Forms() {
    }

    /** What a certificate of Japanese origin to {@code country} states: a consignee there, a sailing, one line of goods. */
    public static CertificateContent content(String consignee, String country) {
        return new CertificateContent(consignee, "1 Harbour Road, " + country, "KOBE, JAPAN", "DAKAR, " + country,
                "MAERSK KOBE V.123", LocalDate.of(2026, 12, 10), "INV-2026-0042", LocalDate.of(2026, 12, 1), "JP",
                List.of(new GoodsLine("KNF 1-10", "10 CARTONS OF DRIED SEAWEED", "500 KG", "2106.90")));
    }

    /** A complete form: certificate of Japanese origin, {@code category}, to {@code country} in {@code region}. */
    public static ApplicationForm form(ItemCategory category, String region, String country, String company,
            String signer, FeePayment payment) {
        return new ApplicationForm(CertificateType.ORIGIN_JAPANESE, category, region, country, company, signer, company,
                signer, payment, content("Test Consignee Ltd.", country));
    }
}
