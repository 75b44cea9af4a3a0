package jp.tradecert.document;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with PDFBox, a library independent of the one that wrote it. */
public final class PdfText {

    public final String text;
    public final int pages;
    public final PDRectangle pageSize;
    public final boolean fontsEmbedded;

    private PdfText(String text, int pages, PDRectangle pageSize, boolean fontsEmbedded) {
        this.text = text;
        this.pages = pages;
        this.pageSize = pageSize;
        this.fontsEmbedded = fontsEmbedded;
    }

    public static PdfText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean embedded = true;
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                embedded &= font.isEmbedded();
            }
            return new PdfText(new PDFTextStripper().getText(document), document.getNumberOfPages(),
                    document.getPage(0).getMediaBox(), embedded);
        }
    }

    /** The text with the spaces and line breaks of the layout removed, for phrases that wrap. */
    public String compact() {
        return text.replaceAll("\\s+", "");
    }
}
