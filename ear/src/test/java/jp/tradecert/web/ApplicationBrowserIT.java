package jp.tradecert.web;

import static jp.tradecert.web.Screen.click;
import static jp.tradecert.web.Screen.fixture;
import static jp.tradecert.web.Screen.pdf;
import static jp.tradecert.web.Screen.select;
import static jp.tradecert.web.Screen.signIn;
import static jp.tradecert.web.Screen.signOut;
import static jp.tradecert.web.Screen.text;
import static jp.tradecert.web.Screen.type;
import static jp.tradecert.web.Screen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.util.Map;
import jp.tradecert.it.Browser;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.FixtureServlet;
import jp.tradecert.it.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Section 3 of the manual in a real browser: a user ID with coupons fills in 証明依頼書 (原産地証明書
 * (日本産), 一般機械, to セネガル in アフリカ) and submits it paying by coupon; staff put it on hold
 * with a reason, and the coupon comes back (その他(返却)); the applicant resubmits; staff approve; the
 * certificate is printed, its QR code read and checked on the public verification page. Each test
 * works on a company of a chamber of its own, made through {@link FixtureServlet} (the demo company
 * kakogawa-user and osaka-staff play these parts in the manual).
 */
@ExtendWith(Browser.class)
@IntegrationTest
@RunAsClient
class ApplicationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FixtureServlet.class);
    }

    @Test
    void appliedByCouponHeldResubmittedApprovedPrintedAndVerified(WebDriver browser) throws Exception {
        Map<String, String> company = fixture("membership=MEMBER&coupons=3");
        signIn(browser, company, "user");
        assertThat(text(browser, "coupon-balance")).isEqualTo("3");

        click(browser, "menu-new-application");
        fillForm(browser);
        assertThat(text(browser, "fee-rule")).isEqualTo("クーポン選択時は1枚使用");
        assertThat(text(browser, "payment-balance")).isEqualTo("残高: 3枚");
        assertThat(text(browser, "payment-warning")).contains("変更できません");
        browser.findElement(By.id("payment-coupon")).click();
        click(browser, "submit-application");

        assertThat(text(browser, "application-status")).isEqualTo("発給申請");
        String receipt = text(browser, "receipt-number");
        assertThat(receipt).matches("\\d+");
        assertThat(text(browser, "show-destination-country")).isEqualTo("セネガル");
        assertThat(text(browser, "show-destination-region")).isEqualTo("アフリカ");
        assertThat(text(browser, "show-item-category")).isEqualTo("一般機械");
        String page = browser.getCurrentUrl();
        click(browser, "menu-home");
        assertThat(text(browser, "coupon-balance")).isEqualTo("2");
        signOut(browser);

        // the chamber holds it, with a reason the applicant sees
        signIn(browser, company, "staff");
        click(browser, "menu-review");
        clickLink(browser, receipt);
        assertThat(text(browser, "application-status")).isEqualTo("発給申請");
        click(browser, "hold");
        assertThat(text(browser, "decision")).contains("保留の理由を入力してください。");
        type(browser, "hold-reason", "インボイス日付がインボイスと一致しません。");
        click(browser, "hold");
        assertThat(text(browser, "application-status")).isEqualTo("保留");
        signOut(browser);

        signIn(browser, company, "user");
        browser.get(page);
        assertThat(text(browser, "application-status")).isEqualTo("保留");
        assertThat(text(browser, "application-hold-reason")).isEqualTo("インボイス日付がインボイスと一致しません。");
        assertThat(text(browser, "application-timeline")).contains("保留").contains("インボイス日付がインボイスと一致しません。");
        click(browser, "menu-history");
        assertThat(text(browser, "history")).contains("その他(返却)");
        assertThat(browser.findElement(By.cssSelector("#history tbody tr td.history-balance")).getText()).isEqualTo("3");
        click(browser, "menu-home");
        assertThat(text(browser, "coupon-balance")).isEqualTo("3");

        // corrected and submitted again: a coupon again, the same receipt number
        browser.get(page);
        click(browser, "edit-application");
        assertThat(browser.findElements(By.id("payment-coupon"))).isEmpty();
        assertThat(text(browser, "payment-fixed")).isEqualTo("クーポン");
        type(browser, "invoice-date", "2026-11-28");
        click(browser, "submit-application");
        assertThat(text(browser, "application-status")).isEqualTo("発給申請");
        assertThat(text(browser, "receipt-number")).isEqualTo(receipt);
        click(browser, "menu-home");
        assertThat(text(browser, "coupon-balance")).isEqualTo("2");
        signOut(browser);

        signIn(browser, company, "staff");
        click(browser, "menu-review");
        clickLink(browser, receipt);
        click(browser, "approve");
        assertThat(text(browser, "application-status")).isEqualTo("交付済");
        signOut(browser);

        // the applicant prints it; its QR code leads to the public page, which says it is genuine
        signIn(browser, company, "user");
        browser.get(page);
        assertThat(text(browser, "application-status")).isEqualTo("交付済");
        String number = text(browser, "certificate-number");
        String code = text(browser, "access-code");
        assertThat(number).startsWith(company.get("chamber") + "-");
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
        byte[] certificate = pdf(browser, browser.findElement(By.id("print-certificate")).getAttribute("href"));
        String pdfText = textOf(certificate);
        assertThat(pdfText).contains(number).contains(code).contains("DAKAR MACHINES SARL").contains("SENEGAL")
                .contains("2 CRATES OF PUMPS").contains("JAPAN");
        String url = qrCodeOf(certificate);
        assertThat(url).contains("/verify.xhtml?number=" + number).contains("code=" + code);
        signOut(browser);

        browser.get(url.replaceFirst("^https?://[^/]+/", WebTests.BASE_URL));
        WebElement genuine = waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#verify-result.genuine")));
        assertThat(genuine.getText()).contains(number).contains("セネガル");

        browser.get(WebTests.BASE_URL + "verify.xhtml");
        type(browser, "verify-number", number);
        type(browser, "verify-code", "AAAA-BBBB-CCCC");
        click(browser, "verify-submit");
        WebElement nothing = waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#verify-result.not-found")));
        assertThat(nothing.getText()).doesNotContain(number).doesNotContain("DAKAR");
    }

    @Test
    void paidByCardAfterApprovalADeclinedCardLeavesItApprovedAndAGoodOneIssuesIt(WebDriver browser) throws Exception {
        Map<String, String> company = fixture("membership=MEMBER");
        signIn(browser, company, "user");
        click(browser, "menu-new-application");
        fillForm(browser);
        browser.findElement(By.id("payment-card")).click();
        click(browser, "submit-application");
        assertThat(text(browser, "application-status")).isEqualTo("発給申請");
        String receipt = text(browser, "receipt-number");
        String page = browser.getCurrentUrl();
        assertThat(browser.findElements(By.id("pay-fee"))).as("not before approval").isEmpty();
        // the language switch shows the same application
        click(browser, "lang-en");
        assertThat(text(browser, "application-status")).isEqualTo("Submitted");
        assertThat(text(browser, "receipt-number")).isEqualTo(receipt);
        click(browser, "lang-ja");
        assertThat(text(browser, "application-status")).isEqualTo("発給申請");
        signOut(browser);

        signIn(browser, company, "staff");
        click(browser, "menu-review");
        clickLink(browser, receipt);
        click(browser, "approve");
        assertThat(text(browser, "application-status")).isEqualTo("承認");
        signOut(browser);

        signIn(browser, company, "user");
        browser.get(page);
        assertThat(text(browser, "application-status")).isEqualTo("承認");
        click(browser, "pay-fee");
        payByCard(browser, "4000000000000002");
        assertThat(text(browser, "messages")).contains("カード決済が完了しませんでした");
        assertThat(text(browser, "application-status")).isEqualTo("承認");
        assertThat(browser.findElements(By.id("certificate-number"))).isEmpty();

        click(browser, "pay-fee");
        payByCard(browser, "4111111111111111");
        assertThat(text(browser, "messages")).contains("証明書を発給しました");
        assertThat(text(browser, "application-status")).isEqualTo("交付済");
        assertThat(text(browser, "certificate-number")).startsWith(company.get("chamber") + "-");
        assertThat(text(browser, "fee-payment-status")).contains("カード決済済み");
        assertThat(browser.findElements(By.id("pay-fee"))).isEmpty();
        String statement = textOf(pdf(browser, browser.findElement(By.id("fee-statement")).getAttribute("href")));
        assertThat(statement).contains("利用明細(控)").contains("証明手数料").contains("受付番号 " + receipt);
        assertThat(textOf(pdf(browser, browser.findElement(By.id("print-certificate")).getAttribute("href"))))
                .contains(text(browser, "access-code"));
    }

    @Test
    void aDateThatDoesNotExistOrAMissingCouponIsSaidAtItsFieldAndWritesNothing(WebDriver browser) throws Exception {
        Map<String, String> company = fixture("membership=MEMBER");
        signIn(browser, company, "user");
        click(browser, "menu-new-application");
        fillForm(browser);
        browser.findElement(By.id("payment-coupon")).click();
        // what a client past the browser's maxlength sends: refused at the field, not cut and saved
        sendPastTheBrowser(browser, "consignee-name", "あ".repeat(10_000));
        click(browser, "submit-application");
        assertThat(text(browser, "consignee-name-message")).contains("200文字以内");
        sendPastTheBrowser(browser, "consignee-name", "DAKAR\u0007MACHINES");
        click(browser, "submit-application");
        assertThat(text(browser, "consignee-name-message")).contains("制御文字");
        type(browser, "consignee-name", "DAKAR MACHINES SARL");
        type(browser, "invoice-date", "2026-02-30");
        click(browser, "submit-application");
        assertThat(text(browser, "invoice-date-message")).contains("実在する日");
        type(browser, "invoice-date", "2026-11-30");
        click(browser, "submit-application");
        assertThat(text(browser, "payment-message")).contains("クーポンの残高がありません");
        assertThat(browser.findElement(By.id("buy-coupons")).getAttribute("href")).endsWith("/coupons/purchase.xhtml");

        click(browser, "menu-applications");
        assertThat(text(browser, "applications")).contains("申請はありません。");
    }

    @Test
    void aCompanyAdminIdSeesTheMenuDisabledAndCannotOpenTheForm(WebDriver browser) throws Exception {
        Map<String, String> company = fixture("membership=MEMBER");
        signIn(browser, company, "admin");
        assertThat(browser.findElement(By.id("menu-new-application")).getAttribute("aria-disabled")).isEqualTo("true");
        assertThat(browser.findElement(By.id("menu-applications")).getTagName()).isEqualTo("span");
        browser.get(WebTests.BASE_URL + "applications/form.xhtml");
        assertThat(text(browser, "application-refused")).contains("管理者IDではクーポンの購入・利用はできません");
    }

    private static void fillForm(WebDriver browser) {
        assertThat(browser.findElement(By.id("applicant-company")).getAttribute("value")).isNotBlank();
        assertThat(browser.findElement(By.id("applicant-signer")).getAttribute("value")).isNotBlank();
        select(browser, "certificate-type", "ORIGIN_JAPANESE");
        select(browser, "item-category", "GENERAL_MACHINERY");
        select(browser, "destination-region", "AFRICA");
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#destination-country option[value='SN']")));
        select(browser, "destination-country", "SN");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("destination-country")))
                .getFirstSelectedOption().getText()).isEqualTo("セネガル");
        type(browser, "consignee-name", "DAKAR MACHINES SARL");
        type(browser, "consignee-address", "12 RUE DE THIONG\nDAKAR");
        type(browser, "port-of-loading", "KOBE, JAPAN");
        type(browser, "port-of-discharge", "DAKAR, SENEGAL");
        type(browser, "vessel", "MOL TRIUMPH V.031W");
        type(browser, "sailing-date", "2026-12-10");
        type(browser, "invoice-number", "KNF-2026-118");
        type(browser, "invoice-date", "2026-11-30");
        type(browser, "goods-description", "2 CRATES OF PUMPS");
        type(browser, "goods-quantity", "2 UNITS");
    }

    /** Sets a field's value as a script or a hand-made request would, ignoring its maxlength. */
    private static void sendPastTheBrowser(WebDriver browser, String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].removeAttribute('maxlength');"
                + " arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

    /** Pays on the sandbox provider's page, which then sends the browser back to /card/return. */
    private static void payByCard(WebDriver browser, String number) {
        type(browser, "card-number", number);
        YearMonth expiry = YearMonth.now().plusYears(2);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("card-month")))
                .selectByValue(String.valueOf(expiry.getMonthValue()));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("card-year")))
                .selectByValue(String.valueOf(expiry.getYear()));
        click(browser, "card-submit");
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("application-status")));
    }

    private static void clickLink(WebDriver browser, String text) {
        WebElement link = waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
        link.click();
        Screen.waitUntilGone(browser, link);
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The QR code on the certificate's page, read from the page as printed (150 dpi). */
    private static String qrCodeOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
        }
    }
}
