package jp.tradecert.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.tradecert.document.PdfText;
import jp.tradecert.payment.OneTimeAccount;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The manual's transfer request form (振込依頼書), read back from the PDF. */
class TransferRequestFormTest {

    private static final TransferRequestForm MANUAL = new TransferRequestForm("大阪商工会議所",
            LocalDate.of(2022, 9, 27), "20220927270100000200001", "2701000002", "加古川自然食品",
            LocalDate.of(2022, 9, 27),
            List.of(new DocumentLine("1枚クーポン", 1_100, 1), new DocumentLine("30枚綴りクーポン", 31_900, 2)),
            64_900, new OneTimeAccount("0310", "ジ・エム・アール・ネット", "502", "アール", "1419739",
                    "GMO-EP*ウイットナインイノベーション", LocalDate.of(2022, 10, 27)));

    @Test
    void everyFieldOfTheManualsFormIsInTheText() throws Exception {
        PdfText pdf = PdfText.of(MANUAL.pdf());

        assertThat(pdf.text).contains("振込依頼書", "大阪商工会議所", "印刷日：2022年09月27日",
                "以下の金額に関しまして指定口座への御振込みをお願い致します。", "【ご購入内容】",
                "注文番号", "20220927270100000200001", "貿易登録番号", "2701000002", "企業名", "加古川自然食品",
                "購入申込日", "1枚クーポン 1,100円 × 1", "30枚綴りクーポン 31,900円 × 2", "決済種別", "銀行振込",
                "支払金額：", "64,900 円", "【振込先情報】", "振込先銀行名", "ジ・エム・アール・ネット (0310)",
                "振込先支店名", "アール (502)", "振込先口座番号", "1419739", "振込先名義人名",
                "GMO-EP*ウイットナインイノベーション", "振込口座有効期限", "2022年10月27日");
        assertThat(pdf.compact()).contains("購入申込日2022年09月27日");
    }

    @Test
    void oneA4PageWithItsJapaneseFontEmbedded() throws Exception {
        PdfText pdf = PdfText.of(MANUAL.pdf());

        assertThat(pdf.pages).isEqualTo(1);
        assertThat(pdf.pageSize.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
        assertThat(pdf.pageSize.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        assertThat(pdf.fontsEmbedded).as("no empty boxes where the reader lacks a Japanese font").isTrue();
    }

    @Test
    void rareKanjiAndHalfWidthKanaOfCompanyAndHolderNamesSurvive() throws Exception {
        TransferRequestForm form = new TransferRequestForm("髙﨑商工会議所", LocalDate.of(2026, 11, 27),
                "20261127270100000200003", "2701000002", "株式会社髙﨑①商事", LocalDate.of(2026, 11, 27),
                List.of(new DocumentLine("1枚クーポン", 1_100, 3)), 3_300, new OneTimeAccount("0310",
                        "GMOあおぞらネット銀行", "101", "法人営業部", "2701005", "GMO-EP*ｵｵｻｶｼﾖｳｺｳｶｲｷﾞｼﾖ",
                        LocalDate.of(2026, 12, 27)));

        PdfText pdf = PdfText.of(form.pdf());

        assertThat(pdf.text).contains("髙﨑商工会議所", "株式会社髙﨑①商事", "GMO-EP*ｵｵｻｶｼﾖｳｺｳｶｲｷﾞｼﾖ", "3,300 円");
    }
}
