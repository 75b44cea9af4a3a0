package jp.tradecert.purchase;

import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.List;
import jp.tradecert.document.PdfLayout;

/**
 * The card payment statement (クレジットカード決済 利用明細(控)) of a paid card order or fee payment, which stands in for
 * a receipt. It is issued in the operator's name; the chamber that issues the certificates is named in
 * it.
 */
public record CardStatement(String operatorName, LocalDate issuedOn, String orderNumber,
        String tradeRegistrationNumber, String companyName, String chamberName, String content, List<DocumentLine> lines,
        LocalDate settlementDate, long amountYen) {

    /** What a statement is for (内容): coupons bought, or application fees paid. */
    public static final String COUPONS = "クーポン購入";
    public static final String FEES = "証明手数料";

    public CardStatement {
        lines = List.copyOf(lines);
    }

    public byte[] pdf() {
        return PdfLayout.render("クレジットカード決済 利用明細(控) " + orderNumber, document -> {
            document.add(PdfLayout.right(operatorName));
            document.add(PdfLayout.right("発行日: " + PdfLayout.date(issuedOn)));
            document.add(PdfLayout.right(orderNumber));
            document.add(PdfLayout.title("クレジットカード決済 利用明細(控)"));

            PdfPTable company = PdfLayout.facts();
            PdfLayout.fact(company, "貿易登録番号", tradeRegistrationNumber);
            PdfLayout.fact(company, "企業名", companyName);
            PdfLayout.fact(company, "証明書発給商工会議所", chamberName);
            document.add(company);

            document.add(PdfLayout.heading(""));
            PdfPTable payment = PdfLayout.facts();
            PdfLayout.fact(payment, "内容", content);
            PdfLayout.fact(payment, "購入内容", lines.stream().map(DocumentLine::text).toArray(String[]::new));
            PdfLayout.fact(payment, "決済日", PdfLayout.date(settlementDate));
            PdfLayout.fact(payment, "決済金額", PdfLayout.yen(amountYen) + " 円");
            PdfLayout.fact(payment, "支払区分", "一括");
            document.add(payment);
        });
    }
}
