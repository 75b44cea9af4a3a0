package jp.tradecert.web;

import static jp.tradecert.web.Screen.click;
import static jp.tradecert.web.Screen.newCompany;
import static jp.tradecert.web.Screen.pdfText;
import static jp.tradecert.web.Screen.signIn;
import static jp.tradecert.web.Screen.signOut;
import static jp.tradecert.web.Screen.status;
import static jp.tradecert.web.Screen.text;
import static jp.tradecert.web.Screen.type;
import static jp.tradecert.web.Screen.waitFor;
import static jp.tradecert.web.Screen.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import jp.tradecert.it.Browser;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.FixtureServlet;
import jp.tradecert.it.IntegrationTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Buying coupons by bank transfer in a real browser, replaying the manual: the terms, the form with
 * its live totals, the confirmation, the order page with its one-time account and PDF, the history,
 * cancelling; and the refusals (an open order, bad quantities, a company admin ID). Each test works on
 * a company of its own, made through {@link FixtureServlet}; the demo company is never touched.
 */
@ExtendWith(Browser.class)
@IntegrationTest
@RunAsClient
class PurchaseBrowserIT {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FixtureServlet.class);
    }

    @Test
    void oneSingleAndTwoBookletsByBankTransferThenCancelled(WebDriver browser) throws Exception {
        Map<String, String> company = newCompany("MEMBER");
        signIn(browser, company, "user");

        click(browser, "menu-purchase");
        assertThat(text(browser, "purchase-terms")).contains("購入依頼日から30日以内に入金が確認できない場合");
        click(browser, "agree");

        assertThat(text(browser, "coupon-balance")).isEqualTo("0");
        type(browser, "qty-single", "1");
        waitForText(browser, "amount-single", "1,100 円");
        type(browser, "qty-booklet", "2");
        waitForText(browser, "total-amount", "64,900 円");
        assertThat(text(browser, "amount-booklet")).isEqualTo("63,800 円");
        assertThat(text(browser, "total-coupons")).isEqualTo("61 枚分");

        click(browser, "buy-bank");
        assertThat(text(browser, "confirm-total-coupons")).isEqualTo("61 枚分");
        assertThat(text(browser, "confirm-total-amount")).isEqualTo("64,900 円");
        assertThat(text(browser, "confirm-method")).isEqualTo("銀行振込");
        assertThat(text(browser, "confirm-lines")).contains("1セット").contains("2セット");
        click(browser, "confirm");

        String orderNumber = text(browser, "order-number");
        LocalDate today = LocalDate.now(JAPAN);
        assertThat(orderNumber).matches("\\d{8}" + company.get("chamber") + "\\d{11}")
                .startsWith(today.format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(text(browser, "order-amount")).isEqualTo("64,900 円");
        assertThat(text(browser, "order-method")).isEqualTo("銀行振込");
        assertThat(text(browser, "order-buyer")).isEqualTo(company.get("userName"));
        assertThat(text(browser, "order-lines")).contains("1枚クーポン").contains("30枚綴りクーポン")
                .contains("63,800");
        String account = text(browser, "va-account-number");
        assertThat(account).matches("\\d{7}");
        assertThat(text(browser, "va-bank")).isEqualTo("GMOあおぞらネット銀行 (0310)");
        assertThat(text(browser, "va-holder")).startsWith("GMO-EP*");
        assertThat(text(browser, "va-expiry"))
                .isEqualTo(today.plusDays(30).format(DateTimeFormatter.ofPattern("uuuu年MM月dd日")));

        WebElement print = browser.findElement(By.id("print-transfer-request"));
        assertThat(print.getAttribute("target")).isEqualTo("_blank");
        String pdfUrl = print.getAttribute("href");
        String pdf = pdfText(browser, pdfUrl);
        assertThat(pdf).contains("振込依頼書", orderNumber, "64,900", account,
                "30枚綴りクーポン 31,900円 × 2", "1枚クーポン 1,100円 × 1");

        click(browser, "menu-history");
        assertThat(text(browser, "coupon-balance")).isEqualTo("0");
        assertThat(text(browser, "coupons-pending")).isEqualTo("61");
        WebElement row = browser.findElement(By.cssSelector("#history tbody tr"));
        assertThat(row.getText()).contains("購入", "-", "64,900", "61");
        assertThat(row.findElement(By.cssSelector("a.history-pdf")).getText()).isEqualTo("振込依頼書印刷(PDF)");

        row.findElement(By.cssSelector("a.history-order-link")).click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("order-number"), orderNumber));
        click(browser, "cancel-order");
        assertThat(text(browser, "order-status")).isEqualTo("キャンセル済み");
        assertThat(browser.findElements(By.id("cancel-order"))).isEmpty();
        assertThat(browser.findElements(By.id("va-account-number"))).isEmpty();
        assertThat(status(browser, pdfUrl)).as("no transfer request for a cancelled order").isEqualTo(404);

        click(browser, "menu-history");
        assertThat(text(browser, "coupons-pending")).isEqualTo("0");
    }

    @Test
    void aSecondPurchaseWhileOneIsOpenIsRefusedWithALinkAndASubIdBuysOnceItIsCancelled(WebDriver browser)
            throws Exception {
        Map<String, String> company = newCompany("MEMBER");
        signIn(browser, company, "user");
        String first = buyOneSingle(browser);

        // the sub ID of the same company, in another session
        signOut(browser);
        signIn(browser, company, "sub");
        click(browser, "menu-purchase");
        assertThat(text(browser, "open-order-link")).contains(first);
        click(browser, "agree");
        type(browser, "qty-single", "2");
        waitForText(browser, "total-amount", "2,200 円");
        click(browser, "buy-bank");
        click(browser, "confirm");
        assertThat(text(browser, "messages")).contains(first);
        assertThat(browser.findElements(By.id("order-number"))).isEmpty();

        click(browser, "open-order-link");
        assertThat(text(browser, "order-number")).isEqualTo(first);
        click(browser, "cancel-order");
        assertThat(text(browser, "order-status")).isEqualTo("キャンセル済み");

        String second = buyOneSingle(browser);
        assertThat(second).isNotEqualTo(first);
        assertThat(text(browser, "order-buyer")).isEqualTo("代行業者");
    }

    @Test
    void aNonMembersFormHasNoBookletRowAndTheNonMemberPrice(WebDriver browser) throws Exception {
        Map<String, String> company = newCompany("NON_MEMBER");
        signIn(browser, company, "user");
        click(browser, "menu-purchase");
        click(browser, "agree");

        assertThat(browser.findElements(By.id("qty-booklet"))).isEmpty();
        type(browser, "qty-single", "3");
        waitForText(browser, "total-amount", "9,900 円");
        assertThat(text(browser, "purchase-lines")).contains("3,300 円").doesNotContain("30枚綴り");
    }

    @Test
    void badQuantitiesAreRefusedAtTheFieldAndNothingIsCreated(WebDriver browser) throws Exception {
        Map<String, String> company = newCompany("MEMBER");
        signIn(browser, company, "user");
        click(browser, "menu-purchase");
        click(browser, "agree");

        type(browser, "qty-single", "-1");
        waitForText(browser, "qty-single-message", "数量は0以上の整数で入力してください。");
        click(browser, "buy-bank");
        assertThat(text(browser, "qty-single-message")).isEqualTo("数量は0以上の整数で入力してください。");

        type(browser, "qty-single", "abc");
        click(browser, "buy-bank");
        assertThat(text(browser, "qty-single-message")).isEqualTo("数量は0以上の整数で入力してください。");

        type(browser, "qty-single", "0");
        click(browser, "buy-card");
        assertThat(text(browser, "total-coupons-message")).isEqualTo("購入する数量を1以上入力してください。");

        type(browser, "qty-booklet", "101");
        click(browser, "buy-bank");
        assertThat(text(browser, "qty-booklet-message")).isEqualTo("30枚綴りは1回の購入で100冊までです。");
        assertThat(browser.findElements(By.id("confirm"))).isEmpty();

        click(browser, "menu-history");
        assertThat(text(browser, "coupons-pending")).isEqualTo("0");
        assertThat(text(browser, "history")).contains("履歴はまだありません。");
    }

    @Test
    void aCompanyAdminIdSeesTheCouponMenuDisabledWithTheReason(WebDriver browser) throws Exception {
        Map<String, String> company = newCompany("MEMBER");
        signIn(browser, company, "admin");

        WebElement purchase = browser.findElement(By.id("menu-purchase"));
        assertThat(purchase.getTagName()).isEqualTo("span");
        assertThat(purchase.getAttribute("aria-disabled")).isEqualTo("true");
        assertThat(text(browser, "menu-disabled-reason")).contains("管理者ID");

        browser.get(WebTests.BASE_URL + "coupons/purchase.xhtml");
        assertThat(text(browser, "purchase-refused")).contains("管理者ID");
        assertThat(browser.findElements(By.id("agree"))).isEmpty();
    }

    // --- helpers ---

    /** Places a bank-transfer order of one single coupon from the home page; answers its number. */
    private static String buyOneSingle(WebDriver browser) {
        Screen.fillPurchaseForm(browser, 1, 0, "1,100 円");
        click(browser, "buy-bank");
        click(browser, "confirm");
        return text(browser, "order-number");
    }
}
