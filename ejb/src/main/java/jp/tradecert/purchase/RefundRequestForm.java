package jp.tradecert.purchase;

import com.lowagie.text.pdf.PdfPTable;
import java.time.LocalDate;
import java.util.Optional;
import jp.tradecert.account.RefundAccount;
import jp.tradecert.document.PdfLayout;
import jp.tradecert.ledger.RefundReason;

/**
 * The chamber's refund request form (返金依頼書) of one refund due: what is owed and why, the account the
 * chamber pays it from, and the boxes the company fills in (its bank account, date, name and seal) before
 * it sends the form back. The amount printed is gross: the transfer fee and costs are deducted when paid.
 */
public record RefundRequestForm(String chamberName, LocalDate printedOn, long refundId, RefundReason reason,
        LocalDate owedSince, long amountYen, String tradeRegistrationNumber, String companyName, String orderNumber,
        Optional<RefundAccount> paidFrom) {

    /** 返金理由 as the form prints it. */
    static String reasonText(RefundReason reason) {
        return switch (reason) {
            case MEMBERSHIP_CHANGE -> "会員区分の変更に伴う未使用クーポンの返金";
            case OVERPAYMENT -> "入金額の超過分（購入金額を超えたご入金）";
            case UNDERPAYMENT -> "入金不足（購入金額に満たないご入金の全額）";
            case LATE_DEPOSIT -> "決済済み・キャンセル済み・期限切れの注文へのご入金";
            case LATE_CARD_PAYMENT -> "注文終了後のカード決済";
            case CARD_AMOUNT_MISMATCH -> "注文と異なる金額のカード決済";
            case UNMATCHED_DEPOSIT -> "注文と照合できなかったご入金の全額";
        };
    }

    public byte[] pdf() {
        return PdfLayout.render("返金依頼書 " + refundId, document -> {
            document.add(PdfLayout.right(chamberName));
            document.add(PdfLayout.right("印刷日：" + PdfLayout.date(printedOn)));
            document.add(PdfLayout.title("返金依頼書"));
            document.add(PdfLayout.text("下記の返金について、振込先口座をご記入のうえ、ご署名・ご捺印して" + chamberName
                    + "へご提出ください。返金対象額から振込手数料等の諸経費を差し引いた金額をお振込みいたします。"
                    + "お振込みまで約1か月かかります。"));

            document.add(PdfLayout.heading("【返金内容】"));
            PdfPTable owed = PdfLayout.facts();
            PdfLayout.fact(owed, "返金番号", String.valueOf(refundId));
            PdfLayout.fact(owed, "貿易登録番号", tradeRegistrationNumber);
            PdfLayout.fact(owed, "企業名", companyName);
            PdfLayout.fact(owed, "注文番号", orderNumber == null ? "—" : orderNumber);
            PdfLayout.fact(owed, "返金理由", reasonText(reason));
            PdfLayout.fact(owed, "返金発生日", PdfLayout.date(owedSince));
            document.add(owed);
            document.add(PdfLayout.amount("返金対象額：", amountYen));

            document.add(PdfLayout.heading("【振込先口座】（ご記入ください）"));
            PdfPTable to = PdfLayout.facts();
            PdfLayout.fact(to, "金融機関名", " ");
            PdfLayout.fact(to, "支店名", " ");
            PdfLayout.fact(to, "預金種別", "普通　・　当座");
            PdfLayout.fact(to, "口座番号", " ");
            PdfLayout.fact(to, "口座名義（カナ）", " ");
            document.add(to);

            document.add(PdfLayout.heading("【ご署名】"));
            PdfPTable signed = PdfLayout.facts();
            PdfLayout.fact(signed, "記入日", "　　　　年　　　月　　　日");
            PdfLayout.fact(signed, "会社名", " ");
            PdfLayout.fact(signed, "ご担当者名", "　　　　　　　　　　　　　　　　　　　　印");
            PdfLayout.fact(signed, "電話番号", " ");
            document.add(signed);

            document.add(PdfLayout.heading("【返金元口座】（" + chamberName + "）"));
            PdfPTable from = PdfLayout.facts();
            // one row: the form is one page the company fills in and returns
            PdfLayout.fact(from, "返金元口座", paidFrom.map(account -> account.getBankName() + "　" + account.getBranchName()
                    + "　" + (account.getType() == RefundAccount.Type.ORDINARY ? "普通" : "当座") + "　"
                    + account.getNumber() + "　" + account.getHolder()).orElse("（未登録）"));
            document.add(from);
        });
    }
}
