package jp.tradecert.web;

import static jp.tradecert.web.Screen.signIn;
import static jp.tradecert.web.Screen.text;
import static jp.tradecert.web.Screen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import jp.tradecert.it.Browser;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in and out in a real browser, with the demo logins. */
@ExtendWith(Browser.class)
@IntegrationTest
@RunAsClient
class LoginBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void signerSignsInAndSeesCompanyAndBalance(WebDriver browser) {
        browser.get(WebTests.BASE_URL);
        String anonymousSession = sessionId(browser);

        signIn(browser, "2701", "kakogawa-user", "demo1234");

        assertThat(text(browser, "company-name")).isEqualTo("加古川自然食品");
        assertThat(text(browser, "trade-registration-number")).isEqualTo("2701000002");
        // the demo company's coupons are never touched by other tests: the ten the demo data bought, less
        // the two of its submitted and issued applications
        assertThat(text(browser, "coupon-balance")).isEqualTo("8");
        assertThat(sessionId(browser)).as("a new session on login").isNotEqualTo(anonymousSession);
    }

    @Test
    void aUserOfAnotherChamberIsRefusedWithOneMessageThatNamesNoField(WebDriver browser) {
        browser.get(WebTests.BASE_URL);

        signIn(browser, "2701", "kobe-user", "demo1234");

        String error = text(browser, "login-error");
        assertThat(error).isEqualTo("商工会議所コード、ユーザーID、パスワードのいずれかが正しくありません。");
        assertThat(browser.findElements(By.id("coupon-balance"))).isEmpty();

        signIn(browser, "2701", "kakogawa-user", "wrong-password");
        assertThat(text(browser, "login-error")).isEqualTo(error);
    }

    @Test
    void eachChamberSeesItsOwnCompany(WebDriver browser) {
        browser.get(WebTests.BASE_URL);

        signIn(browser, "2801", "kobe-user", "demo1234");

        assertThat(text(browser, "company-name")).isEqualTo("神戸テスト貿易");
        assertThat(text(browser, "trade-registration-number")).isEqualTo("2801000001");
    }

    @Test
    void japaneseByDefaultEnglishByTheSwitch(WebDriver browser) {
        browser.get(WebTests.BASE_URL);
        assertThat(text(browser, "sign-in")).isEqualTo("ログイン");

        browser.findElement(By.id("lang-en")).click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("sign-in"), "Sign in"));

        signIn(browser, "2701", "kakogawa-user", "demo1234");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Home");
        assertThat(text(browser, "company-name")).isEqualTo("Kakogawa Natural Foods");

        browser.findElement(By.id("lang-ja")).click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "ホーム"));
    }

    @Test
    void signingOutEndsTheSession(WebDriver browser) {
        browser.get(WebTests.BASE_URL);
        signIn(browser, "2701", "kakogawa-sub", "demo1234");
        assertThat(text(browser, "company-name")).isEqualTo("加古川自然食品");

        browser.findElement(By.id("sign-out")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("chamber-code")));

        browser.get(WebTests.BASE_URL + "home.xhtml");
        assertThat(browser.findElements(By.id("chamber-code"))).hasSize(1);
        assertThat(browser.findElements(By.id("coupon-balance"))).isEmpty();
    }

    private static String sessionId(WebDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }
}
