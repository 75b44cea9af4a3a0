package jp.tradecert.web;

import static jp.tradecert.web.Screen.click;
import static jp.tradecert.web.Screen.fillPurchaseForm;
import static jp.tradecert.web.Screen.newCompany;
import static jp.tradecert.web.Screen.pdfText;
import static jp.tradecert.web.Screen.signIn;
import static jp.tradecert.web.Screen.text;
import static jp.tradecert.web.Screen.type;
import static jp.tradecert.web.Screen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Buying coupons by card in a real browser, through the sandbox provider's hosted page: a card that
 * pays, one that is declined, one with a 3-D Secure challenge, a bad number, and a buyer who turns back
 * and stops. Each test has a company of its own.
 */
@ExtendWith(Browser.class)
@IntegrationTest
@RunAsClient
class CardBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FixtureServlet.class);
    }

    @Test
    void aCardThatPaysIssuesTheCouponsAtOnceAndPrintsItsStatement(WebDriver browser) throws Exception {
        Map<String, String> company = newCompany("MEMBER");
        signIn(browser, company, "user");
        fillPurchaseForm(browser, 1, 2, "64,900 円");
        click(browser, "buy-card");
        assertThat(text(browser, "confirm-method")).isEqualTo("クレジットカード");
        assertThat(text(browser, "confirm-terms")).contains("別途領収書は発行しません");
        click(browser, "confirm");

        assertThat(text(browser, "item-name")).isEqualTo("貿易関係証明発給システムクーポン 61枚分");
        assertThat(text(browser, "item-price")).isEqualTo("64,900円");
        payByCard(browser, "4111111111111111");

        waitFor(browser).until(ExpectedConditions.urlContains("/coupons/history"));
        assertThat(text(browser, "messages")).contains("クーポン 61 枚を発行しました");
        assertThat(text(browser, "coupon-balance")).isEqualTo("61");
        assertThat(text(browser, "coupons-pending")).isEqualTo("0");
        WebElement row = browser.findElement(By.cssSelector("#history tbody tr"));
        assertThat(row.getText()).contains("購入", "済", "64,900", "61");
        WebElement statement = row.findElement(By.cssSelector("a.history-pdf"));
        assertThat(statement.getText()).isEqualTo("明細印刷");
        assertThat(pdfText(browser, statement.getAttribute("href"))).contains("クレジットカード決済", "利用明細",
                "64,900", "一括", "クーポン購入", "30枚綴りクーポン 31,900円 × 2");
    }

    @Test
    void aDeclinedCardEndsOnAFailurePageFromWhichTheBuyerBuysAgain(WebDriver browser) throws Exception {
        Map<String, String> company = newCompany("MEMBER");
        signIn(browser, company, "user");
        fillPurchaseForm(browser, 2, 0, "2,200 円");
        click(browser, "buy-card");
        click(browser, "confirm");
        payByCard(browser, "4000000000000002");

        assertThat(text(browser, "card-failed")).contains("取り消されました", "代金も請求されません");
        click(browser, "card-retry");
        assertThat(browser.findElements(By.id("open-order-notice"))).as("no open order left").isEmpty();
        click(browser, "agree");
        type(browser, "qty-single", "2");
        click(browser, "buy-card");
        click(browser, "confirm");
        payByCard(browser, "5555555555554444");
        waitFor(browser).until(ExpectedConditions.urlContains("/coupons/history"));
        assertThat(text(browser, "coupon-balance")).isEqualTo("2");
    }

    @Test
    void aThreeDSecureChallengeIsAnsweredOnTheProvidersPage(WebDriver browser) throws Exception {
        Map<String, String> company = newCompany("NON_MEMBER");
        signIn(browser, company, "sub");
        fillPurchaseForm(browser, 1, 0, "3,300 円");
        click(browser, "buy-card");
        click(browser, "confirm");
        payByCard(browser, "4000000000003220");

        type(browser, "three-ds-code", "1234");
        click(browser, "three-ds-submit");
        waitFor(browser).until(ExpectedConditions.urlContains("/coupons/history"));
        assertThat(text(browser, "coupon-balance")).isEqualTo("1");
    }

    @Test
    void aBadNumberIsRefusedOnTheProvidersPageAndTheBuyerMayTurnBackAndStop(WebDriver browser) throws Exception {
        Map<String, String> company = newCompany("MEMBER");
        signIn(browser, company, "user");
        fillPurchaseForm(browser, 1, 0, "1,100 円");
        click(browser, "buy-card");
        click(browser, "confirm");

        payByCard(browser, "4111111111111112");
        assertThat(text(browser, "card-error")).contains("カード番号が正しくありません");

        click(browser, "card-back");
        assertThat(text(browser, "messages")).contains("まだ完了していません");
        assertThat(text(browser, "order-status")).isEqualTo("カード決済待ち");
        click(browser, "card-stop");
        assertThat(text(browser, "order-status")).isEqualTo("決済失敗");
        assertThat(browser.findElements(By.id("card-resume"))).isEmpty();
    }

    /** On the provider's page: the number, an expiry next year, 決定. */
    private static void payByCard(WebDriver browser, String number) {
        type(browser, "card-number", number);
        YearMonth expiry = YearMonth.now().plusYears(1);
        new Select(browser.findElement(By.id("card-month"))).selectByValue(String.valueOf(expiry.getMonthValue()));
        new Select(browser.findElement(By.id("card-year"))).selectByValue(String.valueOf(expiry.getYear()));
        click(browser, "card-submit");
    }
}
