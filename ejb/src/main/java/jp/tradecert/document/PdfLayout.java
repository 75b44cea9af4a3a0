package jp.tradecert.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The look shared by the documents: A4 portrait, IPAexGothic embedded (subset, Identity-H, so the text
 * stays extractable and searchable), a heading, two-column tables of label and value, dates as
 * {@code 2022年09月27日} and amounts as {@code 64,900}. Documents of other packages with a layout of their own
 * (the certificates) take only the font, through {@link #font(float, int)}.
 */
public final class PdfLayout {

    private static final String FONT = "fonts/ipaexg.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");
    private static final Color LABEL_BACKGROUND = new Color(0xEE, 0xF2, 0xF6);
    private static final BaseFont GOTHIC = loadFont();

    public static final Font TITLE = new Font(GOTHIC, 18, Font.BOLD);
    public static final Font HEADING = new Font(GOTHIC, 12, Font.BOLD);
    public static final Font BODY = new Font(GOTHIC, 10.5f);
    public static final Font AMOUNT = new Font(GOTHIC, 16, Font.BOLD);

    private PdfLayout() {
    }

    /** Writes one A4 document; {@code content} adds its parts. */
    public static byte[] render(String title, Consumer<Document> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, bytes);
        document.addTitle(title);
        document.addCreator("Trade-certificate coupons");
        document.open();
        content.accept(document);
        document.close();
        return bytes.toByteArray();
    }

    public static Paragraph title(String text) {
        Paragraph title = new Paragraph(text, TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(12);
        title.setSpacingAfter(18);
        return title;
    }

    public static Paragraph right(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    public static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        return heading;
    }

    public static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** A table of label and value rows. */
    public static PdfPTable facts() {
        PdfPTable table = new PdfPTable(new float[] {1, 2.6f});
        table.setWidthPercentage(100);
        return table;
    }

    /** A row of a {@link #facts()} table; a value of several lines shows each on its own line. */
    public static void fact(PdfPTable table, String label, String... values) {
        PdfPCell labelCell = cell(label);
        labelCell.setBackgroundColor(LABEL_BACKGROUND);
        table.addCell(labelCell);
        table.addCell(cell(String.join("\n", values)));
    }

    public static Paragraph amount(String label, long yen) {
        Paragraph amount = new Paragraph(label + "　" + yen(yen) + " 円", AMOUNT);
        amount.setAlignment(Element.ALIGN_RIGHT);
        amount.setSpacingBefore(12);
        amount.setSpacingAfter(6);
        return amount;
    }

    /** IPAexGothic, embedded like every font of these documents, at {@code size} points in {@code style}. */
    public static Font font(float size, int style) {
        return new Font(GOTHIC, size, style);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String yen(long yen) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(yen);
    }

    private static PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
        cell.setPadding(6);
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(Color.GRAY);
        return cell;
    }

    private static BaseFont loadFont() {
        try (InputStream in = PdfLayout.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The font " + FONT + " is missing from the application");
            }
            return BaseFont.createFont("ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
