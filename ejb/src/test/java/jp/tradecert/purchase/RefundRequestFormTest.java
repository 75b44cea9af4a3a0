package jp.tradecert.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import jp.tradecert.account.RefundAccount;
import jp.tradecert.document.PdfText;
import jp.tradecert.ledger.RefundReason;
import org.junit.jupiter.api.Test;

/** The refund request form (返金依頼書), read back from the PDF. */
class RefundRequestFormTest {

    private static final RefundAccount OSAKA = new RefundAccount("三井住友銀行", "大阪本店営業部",
            RefundAccount.Type.ORDINARY, "1234567", "大阪商工会議所");

    @Test
    void whatIsOwedWhyTheChambersAccountAndTheBoxesTheCompanyFillsIn() throws Exception {
        PdfText pdf = PdfText.of(new RefundRequestForm("大阪商工会議所", LocalDate.of(2026, 12, 3), 1050,
                RefundReason.OVERPAYMENT, LocalDate.of(2026, 11, 20), 22_000, "2701000002", "加古川自然食品",
                "20261120270100000200001", Optional.of(OSAKA)).pdf());

        assertThat(pdf.pages).isEqualTo(1);
        assertThat(pdf.fontsEmbedded).isTrue();
        assertThat(pdf.text).contains("返金依頼書", "大阪商工会議所", "印刷日：2026年12月03日", "【返金内容】", "返金番号",
                "1050", "2701000002", "加古川自然食品", "20261120270100000200001", "入金額の超過分",
                "2026年11月20日", "返金対象額：", "22,000 円", "振込手数料等の諸経費を差し引いた金額",
                "【振込先口座】", "金融機関名", "口座名義（カナ）", "普通　・　当座", "【ご署名】", "印",
                "【返金元口座】", "三井住友銀行　大阪本店営業部　普通　1234567　大阪商工会議所");
    }

    @Test
    void aRefundOutsideAnyOrderAndAChamberWithoutARefundAccountSaySo() throws Exception {
        PdfText pdf = PdfText.of(new RefundRequestForm("神戸商工会議所", LocalDate.of(2026, 12, 3), 77,
                RefundReason.MEMBERSHIP_CHANGE, LocalDate.of(2026, 12, 1), 22_000, "2801000001", "神戸物産",
                null, Optional.empty()).pdf());

        assertThat(pdf.text).contains("会員区分の変更に伴う未使用クーポンの返金", "（未登録）", "22,000 円");
        assertThat(pdf.compact()).contains("注文番号—");
    }

    @Test
    void everyReasonHasItsWords() {
        for (RefundReason reason : RefundReason.values()) {
            assertThat(RefundRequestForm.reasonText(reason)).isNotBlank();
        }
    }
}
