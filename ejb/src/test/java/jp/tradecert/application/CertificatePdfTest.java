package jp.tradecert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.tradecert.document.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The printed certificate, read back from the PDF with PDFBox and its QR code with ZXing. */
class CertificatePdfTest {

    private static final float MARGIN = 36;
    private static final URI VERIFICATION = URI.create("https://coupons.example.jp/certificates/2701-000123");
    private static final List<GoodsLine> TWO_LINES = List.of(
            new GoodsLine("DTS DAKAR C/NO. 1-20", "20 CARTONS OF DRIED SHIITAKE MUSHROOMS", "400 KGS", "0712.39"),
            new GoodsLine(" ", "5 PALLETS OF GREEN TEA (SENCHA) IN ALUMINIUM BAGS", "1,000 KGS", null));

    private static CertificatePdf certificate(CertificateType type, List<GoodsLine> goods) {
        return new CertificatePdf(type, "2701-000123", "K7QM-4XP2-WRHT", LocalDate.of(2026, 12, 2),
                "The Osaka Chamber of Commerce and Industry", "大阪商工会議所",
                "株式会社加古川自然食品", "カール・フリードリヒ・ツァイス",
                "Dakar Trading SARL", "Rue 10, Dakar", "SENEGAL",
                "KOBE, JAPAN", "DAKAR, SENEGAL", "MAERSK KOBE V.123", LocalDate.of(2026, 12, 5),
                "KNF-2026-0456", LocalDate.of(2026, 11, 30), goods, "JAPAN", VERIFICATION);
    }

    @Test
    void everyBoxAndEveryValueOfTheSampleIsInTheText() throws Exception {
        PdfText pdf = PdfText.of(certificate(CertificateType.ORIGIN_JAPANESE, TWO_LINES).pdf());

        assertThat(pdf.text).contains("CERTIFICATE OF ORIGIN", "Certificate No.", "2701-000123",
                "1. Exporter", "株式会社加古川自然食品", "カール・フリードリヒ・ツァイス", "JAPAN",
                "2. Consignee", "Dakar Trading SARL", "Rue 10, Dakar", "SENEGAL",
                "3. Means of transport and route", "KOBE, JAPAN", "DAKAR, SENEGAL", "MAERSK KOBE V.123",
                "5 December 2026", "4. Country of destination", "5. For official use", "K7QM-4XP2-WRHT",
                "6. Marks and numbers", "N/M", "7. Number and kind of packages",
                "20 CARTONS OF DRIED SHIITAKE MUSHROOMS", "0712.39", "5 PALLETS OF GREEN TEA (SENCHA)",
                "8. Quantity", "400 KGS", "1,000 KGS", "9. Invoice number and date", "KNF-2026-0456",
                "30 November 2026", "10. Country of origin", "11. Certification", "2 December 2026",
                "The Osaka Chamber of Commerce and Industry", "大阪商工会議所");
        assertThat(pdf.compact()).contains(VERIFICATION.toString(), "DTSDAKARC/NO.1-20",
                "Theundersignedauthorityherebycertifiesthatthegoodsdescribedaboveoriginateinthecountryshowninbox10.",
                "TheOsakaChamberofCommerceandIndustry,2December2026");
    }

    @Test
    void oneA4PageWithItsJapaneseFontEmbedded() throws Exception {
        PdfText pdf = PdfText.of(certificate(CertificateType.ORIGIN_JAPANESE, TWO_LINES).pdf());

        assertThat(pdf.pages).isEqualTo(1);
        assertThat(pdf.pageSize.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
        assertThat(pdf.pageSize.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
        assertThat(pdf.fontsEmbedded).as("no empty boxes where the reader lacks a Japanese font").isTrue();
        assertThat(pdf.compact()).contains("Page1of1");
    }

    @Test
    void theTitleAndTheCertifyingWordsFollowTheType() throws Exception {
        assertThat(PdfText.of(certificate(CertificateType.ORIGIN_FOREIGN, TWO_LINES).pdf()).text)
                .contains("CERTIFICATE OF ORIGIN");
        assertThat(PdfText.of(certificate(CertificateType.INVOICE, TWO_LINES).pdf()).compact())
                .contains("CERTIFICATIONOFINVOICE", "certifiesthattheinvoiceshowninbox9")
                .doesNotContain("CERTIFICATEOFORIGIN", "originateinthecountry");
        assertThat(PdfText.of(certificate(CertificateType.SIGNATURE, TWO_LINES).pdf()).compact())
                .contains("CERTIFICATIONOFSIGNATURE", "certifiesthatthesignatureofthesignershowninbox1")
                .doesNotContain("CERTIFICATEOFORIGIN", "originateinthecountry");
    }

    @Test
    void theQrCodeImageDecodesToTheVerificationUrl() throws Exception {
        try (PDDocument document = Loader.loadPDF(certificate(CertificateType.ORIGIN_JAPANESE, TWO_LINES).pdf())) {
            List<BufferedImage> images = images(document.getPage(0).getResources());

            assertThat(images).hasSize(1);
            assertThat(qrCode(images.get(0))).isEqualTo(VERIFICATION.toString());
        }
    }

    @Test
    void theQrCodeOfThePageRenderedAt300DpiDecodesToTheVerificationUrl() throws Exception {
        try (PDDocument document = Loader.loadPDF(certificate(CertificateType.ORIGIN_JAPANESE, TWO_LINES).pdf())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300);

            assertThat(qrCode(page)).isEqualTo(VERIFICATION.toString());
        }
    }

    @Test
    void twentyGoodsLinesFlowOntoASecondPage() throws Exception {
        List<GoodsLine> goods = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> new GoodsLine("C/NO. " + i, i + " CARTONS OF ARTICLE NO. " + (1000 + i)
                        + " DRIED SEAWEED (NORI), 100 SHEETS PER BAG", i * 10 + " KGS", "1212.21"))
                .toList();

        PdfText pdf = PdfText.of(certificate(CertificateType.ORIGIN_JAPANESE, goods).pdf());

        assertThat(pdf.pages).isEqualTo(2);
        goods.forEach(line -> assertThat(pdf.compact()).contains(line.description().replace(" ", "")));
        assertThat(pdf.compact()).contains("Page1of2", "Page2of2", "11.Certification");
    }

    @Test
    void valuesOf400CharactersWrapInsideTheirBoxes() throws Exception {
        String longName = "Kakogawa Natural Foods Export and Import Company Limited, ".repeat(7).substring(0, 400);
        String unbroken = "加古川".repeat(134).substring(0, 400);
        CertificatePdf certificate = new CertificatePdf(CertificateType.ORIGIN_JAPANESE, "2701-000124",
                "K7QM-4XP2-WRHT", LocalDate.of(2026, 12, 2), "The Osaka Chamber of Commerce and Industry",
                "大阪商工会議所", longName, unbroken, "Dakar Trading SARL", longName, "SENEGAL", "KOBE, JAPAN",
                "DAKAR, SENEGAL", "MAERSK KOBE V.123", LocalDate.of(2026, 12, 5), "KNF-2026-0456",
                LocalDate.of(2026, 11, 30), List.of(new GoodsLine(longName, longName, "1,000 KGS", null)), "JAPAN",
                VERIFICATION);

        byte[] bytes = certificate.pdf();

        assertThat(PdfText.of(bytes).compact()).contains(longName.replaceAll("\\s+", ""), unbroken);
        assertThat(glyphs(bytes)).as("every character within the page's margins").allSatisfy(glyph -> {
            assertThat(glyph.getXDirAdj()).isGreaterThanOrEqualTo(MARGIN);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).isLessThanOrEqualTo(
                    PDRectangle.A4.getWidth() - MARGIN);
        });
    }

    @Test
    void aGoodsLineNeedsADescriptionAndAQuantity() {
        assertThatThrownBy(() -> new GoodsLine("N/M", " ", "10 KGS", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoodsLine("N/M", null, "10 KGS", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoodsLine("N/M", "10 CARTONS OF TEA", "", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anHsCodeHasFourToTenDigitsPossiblyWithDots() {
        assertThat(new GoodsLine("N/M", "10 CARTONS OF TEA", "10 KGS", "8471.30").hsCode()).isEqualTo("8471.30");
        assertThat(new GoodsLine("N/M", "10 CARTONS OF TEA", "10 KGS", "0902.10.000").hsCode())
                .isEqualTo("0902.10.000");
        assertThat(new GoodsLine("N/M", "10 CARTONS OF TEA", "10 KGS", null).hsCode()).isNull();
        for (String bad : List.of("847", "84713000000", "8471-30", "8471.", ".8471", "HS8471", "８４７１")) {
            assertThatThrownBy(() -> new GoodsLine("N/M", "10 CARTONS OF TEA", "10 KGS", bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void blankMarksBecomeNoMarksAndValuesAreStripped() {
        GoodsLine line = new GoodsLine("  ", " 10 CARTONS OF TEA ", " 10 KGS ", null);

        assertThat(line).isEqualTo(new GoodsLine("N/M", "10 CARTONS OF TEA", "10 KGS", null));
        assertThat(new GoodsLine(null, "10 CARTONS OF TEA", "10 KGS", null).marksAndNumbers()).isEqualTo("N/M");
    }

    private static List<BufferedImage> images(PDResources resources) throws Exception {
        List<BufferedImage> images = new ArrayList<>();
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                images.add(image.getImage());
            }
        }
        return images;
    }

    private static List<TextPosition> glyphs(byte[] pdf) throws Exception {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return glyphs;
    }

    private static String qrCode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    }
}
