package jp.tradecert.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.tradecert.document.PdfText;
import org.junit.jupiter.api.Test;

/** The manual's card payment statement (クレジットカード決済 利用明細(控)), read back from the PDF. */
class CardStatementTest {

    @Test
    void everyFieldOfTheManualsStatementIsInTheText() throws Exception {
        CardStatement statement = new CardStatement("日本商工会議所", LocalDate.of(2022, 10, 9),
                "20221009270100000200002", "2701000002", "加古川自然食品", "大阪商工会議所", CardStatement.COUPONS,
                List.of(new DocumentLine("1枚クーポン", 1_100, 1), new DocumentLine("30枚綴りクーポン", 31_900, 2)),
                LocalDate.of(2022, 10, 9), 64_900);

        PdfText pdf = PdfText.of(statement.pdf());

        assertThat(pdf.pages).isEqualTo(1);
        assertThat(pdf.fontsEmbedded).isTrue();
        assertThat(pdf.text).contains("クレジットカード決済 利用明細(控)", "日本商工会議所", "発行日: 2022年10月09日",
                "20221009270100000200002", "貿易登録番号", "2701000002", "企業名", "加古川自然食品",
                "証明書発給商工会議所", "大阪商工会議所", "内容", "クーポン購入", "購入内容",
                "1枚クーポン 1,100円 × 1", "30枚綴りクーポン 31,900円 × 2", "決済日", "決済金額", "64,900 円",
                "支払区分", "一括");
        assertThat(pdf.compact()).contains("決済日2022年10月09日");
    }

    @Test
    void aFeePaymentsStatementListsEachApplicationsFee() throws Exception {
        CardStatement statement = new CardStatement("日本商工会議所", LocalDate.of(2026, 12, 2),
                "F20261202000000000051", "2701000002", "加古川自然食品", "大阪商工会議所", CardStatement.FEES,
                List.of(new DocumentLine("証明手数料 受付番号 731", 1_100, 1),
                        new DocumentLine("証明手数料 受付番号 732", 1_100, 1)),
                LocalDate.of(2026, 12, 2), 2_200);

        PdfText pdf = PdfText.of(statement.pdf());

        assertThat(pdf.text).contains("クレジットカード決済 利用明細(控)", "F20261202000000000051", "証明手数料",
                "証明手数料 受付番号 731 1,100円 × 1", "証明手数料 受付番号 732 1,100円 × 1", "2,200 円")
                .doesNotContain("クーポン購入");
    }
}
