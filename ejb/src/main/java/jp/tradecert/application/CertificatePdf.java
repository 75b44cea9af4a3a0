package jp.tradecert.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import jp.tradecert.document.PdfLayout;

/**
 * The issued certificate as printed: a certificate of origin, or the certification of an invoice or of a
 * signature, laid out in the numbered boxes chambers of commerce use worldwide, with a QR code of the address
 * where anyone holding the paper can check it against the chamber's records. Countries are given by their English
 * names ({@code "SENEGAL"}); dates print as {@code 2 December 2026}; a value left {@code null} prints empty.
 *
 * @param certificateNumber as {@code 2701-000123}, top right on every certificate
 * @param accessCode as {@code K7QM-4XP2-WRHT}, which the verification page asks for
 * @param exporterSigner the person who signed the application for the exporter
 * @param verificationUrl what the QR code holds, exactly, and what is printed under it
 */
public record CertificatePdf(
        CertificateType type,
        String certificateNumber,
        String accessCode,
        LocalDate issuedOn,
        String chamberNameEn,
        String chamberNameJa,
        String exporterName, String exporterSigner,
        String consigneeName, String consigneeAddress, String consigneeCountry,
        String portOfLoading, String portOfDischarge, String vesselOrFlight, LocalDate sailingDate,
        String invoiceNumber, LocalDate invoiceDate,
        List<GoodsLine> goods,
        String originCountry,
        URI verificationUrl) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final float MARGIN = 36;
    private static final float MM = 72 / 25.4f;
    /** The symbol's side; the white quiet zone the standard asks around it comes on top. */
    private static final float QR_SIZE = 30 * MM;
    private static final int QR_QUIET_ZONE = 4;
    /** Pixels per QR module, enough that a viewer smoothing the scaled image still shows sharp modules. */
    private static final int QR_MODULE_PIXELS = 8;
    private static final Color LINE = new Color(0x33, 0x33, 0x33);
    private static final Color SHADE = new Color(0xEE, 0xF2, 0xF6);
    private static final Color LABEL_COLOR = new Color(0x44, 0x44, 0x44);

    private static final Font TITLE = PdfLayout.font(18, Font.BOLD);
    private static final Font LETTERHEAD = PdfLayout.font(10, Font.BOLD);
    private static final Font NUMBER = PdfLayout.font(12, Font.BOLD);
    private static final Font LABEL = font(7, Font.NORMAL, LABEL_COLOR);
    /** Black spelled out: a value after a label would otherwise take the label's grey. */
    private static final Font VALUE = font(9.5f, Font.NORMAL, Color.BLACK);
    private static final Font STRONG = PdfLayout.font(10.5f, Font.BOLD);
    private static final Font SMALL = PdfLayout.font(6.5f, Font.NORMAL);

    public CertificatePdf {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        goods = List.copyOf(goods);
    }

    public byte[] pdf() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 12);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        writer.setPageEvent(new PageNumbers("Certificate No. " + certificateNumber));
        document.addTitle(title() + " No. " + certificateNumber);
        document.addCreator("Trade-certificate coupons");
        document.open();
        document.add(letterhead());
        document.add(spaced(centered(title(), TITLE), 10));
        document.add(parties());
        document.add(goodsTable());
        document.add(certification());
        document.close();
        return bytes.toByteArray();
    }

    private String title() {
        return switch (type) {
            case ORIGIN_JAPANESE, ORIGIN_FOREIGN -> "CERTIFICATE OF ORIGIN";
            case INVOICE -> "CERTIFICATION OF INVOICE";
            case SIGNATURE -> "CERTIFICATION OF SIGNATURE";
        };
    }

    private String certifies() {
        return switch (type) {
            case ORIGIN_JAPANESE, ORIGIN_FOREIGN -> "The undersigned authority hereby certifies that the goods"
                    + " described above originate in the country shown in box 10.";
            case INVOICE -> "The undersigned authority hereby certifies that the invoice shown in box 9, covering"
                    + " the goods described above, has been presented to it by the exporter shown in box 1.";
            case SIGNATURE -> "The undersigned authority hereby certifies that the signature of the signer shown"
                    + " in box 1, on the documents covering the goods described above, is the signature registered"
                    + " with it for the exporter.";
        };
    }

    private PdfPTable letterhead() {
        PdfPTable letterhead = new PdfPTable(new float[] {3, 2});
        letterhead.setWidthPercentage(100);
        PdfPCell issuer = borderless();
        issuer.addElement(line(chamberNameEn, LETTERHEAD));
        issuer.addElement(line(chamberNameJa, LETTERHEAD));
        letterhead.addCell(issuer);
        PdfPCell number = borderless();
        number.addElement(aligned(line("Certificate No.", LABEL), Element.ALIGN_RIGHT));
        number.addElement(aligned(line(certificateNumber, NUMBER), Element.ALIGN_RIGHT));
        letterhead.addCell(number);
        return letterhead;
    }

    /** Boxes 1 to 4 down the left, box 5 beside them all, as the QR code needs room of its own. */
    private PdfPTable parties() {
        PdfPTable parties = new PdfPTable(new float[] {1.45f, 1});
        parties.setWidthPercentage(100);
        parties.addCell(box("1. Exporter (name, signer, country)",
                value(exporterName), value(exporterSigner), value("JAPAN")));
        parties.addCell(officialUse(4));
        parties.addCell(box("2. Consignee (name, address, country)",
                value(consigneeName), value(consigneeAddress), value(consigneeCountry)));
        parties.addCell(box("3. Means of transport and route",
                labelled("Port of loading", portOfLoading), labelled("Port of discharge", portOfDischarge),
                labelled("Vessel / flight", vesselOrFlight), labelled("Sailing on or about", date(sailingDate))));
        parties.addCell(box("4. Country of destination", value(consigneeCountry)));
        return parties;
    }

    private PdfPCell officialUse(int rows) {
        Image qrCode = qrCode(verificationUrl.toString());
        qrCode.setSpacingBefore(4);
        PdfPCell box = box("5. For official use", labelled("Access code", accessCode), qrCode,
                spaced(centered(verificationUrl.toString(), SMALL), 6),
                centered("Scan the code or open the address above and enter the access code"
                        + " to check this certificate with the issuing chamber.", SMALL));
        box.setRowspan(rows);
        return box;
    }

    private PdfPTable goodsTable() {
        PdfPTable table = new PdfPTable(new float[] {1.5f, 3.6f, 1.2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : List.of("6. Marks and numbers",
                "7. Number and kind of packages; description of goods", "8. Quantity")) {
            PdfPCell cell = box(heading);
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        for (GoodsLine line : goods) {
            table.addCell(box(null, value(line.marksAndNumbers())));
            PdfPCell description = box(null, value(line.description()));
            if (line.hsCode() != null) {
                description.addElement(labelled("HS code", line.hsCode()));
            }
            table.addCell(description);
            table.addCell(box(null, aligned(value(line.quantity()), Element.ALIGN_RIGHT)));
        }
        return table;
    }

    private PdfPTable certification() {
        PdfPTable table = new PdfPTable(new float[] {1, 1});
        table.setWidthPercentage(100);
        // the certifying words must never stand on a page without the boxes they refer to
        table.setKeepTogether(true);
        table.addCell(box("9. Invoice number and date", value(invoiceNumber), value(date(invoiceDate))));
        table.addCell(box("10. Country of origin", line(originCountry, STRONG)));
        PdfPCell certification = box("11. Certification", spaced(value(certifies()), 8),
                labelled("Place and date of issue", chamberNameEn + ", " + date(issuedOn)));
        Paragraph chamber = aligned(line(chamberNameEn, STRONG), Element.ALIGN_RIGHT);
        // room above the names for the chamber's seal and signature
        chamber.setSpacingBefore(36);
        certification.addElement(chamber);
        certification.addElement(aligned(line(chamberNameJa, STRONG), Element.ALIGN_RIGHT));
        certification.setColspan(2);
        table.addCell(certification);
        return table;
    }

    /** A bordered box with its small numbered caption above what it holds; a long value wraps inside it. */
    private static PdfPCell box(String caption, Element... content) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOX);
        cell.setBorderWidth(0.6f);
        cell.setBorderColor(LINE);
        cell.setPadding(5);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(6);
        if (caption != null) {
            cell.addElement(spaced(line(caption, LABEL), 2));
        }
        for (Element element : content) {
            cell.addElement(element);
        }
        return cell;
    }

    private static PdfPCell borderless() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static Paragraph value(String text) {
        return line(text, VALUE);
    }

    private static Paragraph labelled(String label, String value) {
        Paragraph paragraph = line(label + ": ", LABEL);
        paragraph.add(new Phrase(value == null ? "" : value, VALUE));
        paragraph.setLeading(VALUE.getSize() * 1.3f);
        return paragraph;
    }

    private static Paragraph line(String text, Font font) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text, font);
        paragraph.setLeading(font.getSize() * 1.3f);
        return paragraph;
    }

    private static Paragraph centered(String text, Font font) {
        return aligned(line(text, font), Element.ALIGN_CENTER);
    }

    private static Paragraph aligned(Paragraph paragraph, int alignment) {
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static Paragraph spaced(Paragraph paragraph, float after) {
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static Font font(float size, int style, Color color) {
        Font font = PdfLayout.font(size, style);
        font.setColor(color);
        return font;
    }

    /** The QR code of {@code text}, error correction M, 30 mm square. */
    private static Image qrCode(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QR_QUIET_ZONE);
        // without the hint the code is ISO-8859-1, which every scanner reads; only other text needs UTF-8
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("No QR code holds " + text, e);
        }
        BufferedImage picture = new BufferedImage(modules.getWidth() * QR_MODULE_PIXELS,
                modules.getHeight() * QR_MODULE_PIXELS, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                boolean dark = modules.get(x / QR_MODULE_PIXELS, y / QR_MODULE_PIXELS);
                picture.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", png);
            Image image = Image.getInstance(png.toByteArray());
            float side = QR_SIZE * modules.getWidth() / (modules.getWidth() - 2 * QR_QUIET_ZONE);
            image.scaleAbsolute(side, side);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Certificate No. … Page n of N" at the foot of every page, so that a missing page shows. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private static final float TOTAL_WIDTH = 30;
        /** The template clips what it holds: its text stands this far above its bottom edge. */
        private static final float DESCENT = 3;

        private final String prefix;
        private PdfTemplate total;
        private int pages;

        PageNumbers(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            // the number of pages is known only at the end: every page shows this template, filled in last
            total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, SMALL.getSize() * 2);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pages++;
            PdfContentByte canvas = writer.getDirectContent();
            float x = document.right() - TOTAL_WIDTH;
            float y = document.bottom() - 24;
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(prefix + "    Page " + pages + " of", SMALL), x, y, 0);
            canvas.addTemplate(total, x, y - DESCENT);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(SMALL.getBaseFont(), SMALL.getSize());
            total.setTextMatrix(0, DESCENT);
            total.showText(" " + pages);
            total.endText();
        }
    }
}
