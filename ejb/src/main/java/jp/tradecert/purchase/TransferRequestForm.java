package jp.tradecert.purchase;

import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.List;
import jp.tradecert.document.PdfLayout;
import jp.tradecert.payment.OneTimeAccount;

/**
 * The transfer request form (振込依頼書) of a bank-transfer order, which stands in for an invoice: the
 * chamber, the print date, what was ordered and the one-time account to pay into by its deadline.
 */
public record TransferRequestForm(String chamberName, LocalDate printedOn, String orderNumber,
        String tradeRegistrationNumber, String companyName, LocalDate orderDate, List<DocumentLine> lines,
        long amountYen, OneTimeAccount account) {

    public TransferRequestForm {
        lines = List.copyOf(lines);
    }

    public byte[] pdf() {
        return PdfLayout.render("振込依頼書 " + orderNumber, document -> {
            document.add(PdfLayout.right(chamberName));
            document.add(PdfLayout.right("印刷日：" + PdfLayout.date(printedOn)));
            document.add(PdfLayout.title("振込依頼書"));
            document.add(PdfLayout.text("以下の金額に関しまして指定口座への御振込みをお願い致します。"));

            document.add(PdfLayout.heading("【ご購入内容】"));
            PdfPTable order = PdfLayout.facts();
            PdfLayout.fact(order, "注文番号", orderNumber);
            PdfLayout.fact(order, "貿易登録番号", tradeRegistrationNumber);
            PdfLayout.fact(order, "企業名", companyName);
            PdfLayout.fact(order, "購入申込日", PdfLayout.date(orderDate));
            PdfLayout.fact(order, "購入内容", lines.stream().map(DocumentLine::text).toArray(String[]::new));
            PdfLayout.fact(order, "決済種別", "銀行振込");
            document.add(order);
            document.add(PdfLayout.amount("支払金額：", amountYen));

            document.add(PdfLayout.heading("【振込先情報】"));
            PdfPTable bank = PdfLayout.facts();
            PdfLayout.fact(bank, "振込先銀行名", account.bankName() + " (" + account.bankCode() + ")");
            PdfLayout.fact(bank, "振込先支店名", account.branchName() + " (" + account.branchCode() + ")");
            PdfLayout.fact(bank, "振込先口座番号", account.number());
            PdfLayout.fact(bank, "振込先名義人名", account.holderName());
            PdfLayout.fact(bank, "振込口座有効期限", PdfLayout.date(account.expiresOn()));
            document.add(bank);

            document.add(PdfLayout.heading("【ご注意】"));
            document.add(PdfLayout.text("・振込先口座はこのご購入専用のワンタイム口座です。他のご購入には使えません。"));
            document.add(PdfLayout.text("・振込口座有効期限までに、支払金額を過不足なくお振込みください。期限までに入金が確認できない場合、購入依頼はキャンセルされます。"));
            document.add(PdfLayout.text("・振込手数料はご購入者の負担となります。"));
            document.add(PdfLayout.text("・振込額が購入額に満たない場合、クーポンは発行されず、入金額から振込手数料等の諸経費を除いた金額を返金します。購入額を超える場合は、クーポンを発行したうえで、超過分から諸経費を除いた金額を返金します。"));
        });
    }
}
