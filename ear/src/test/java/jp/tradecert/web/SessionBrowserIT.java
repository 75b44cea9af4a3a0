package jp.tradecert.web;

import static jp.tradecert.web.Screen.signIn;
import static jp.tradecert.web.Screen.type;
import static jp.tradecert.web.Screen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A session that ended, as the browser meets it: an ajax action after its session expired lands on the sign-in
 * page with a message instead of seeming to do nothing; a password changed in another session ends this one; a
 * clerk's 利用停止 of an ID ends its open session and keeps it out until 利用再開.
 */
@ExtendWith(Browser.class)
@IntegrationTest
@RunAsClient
class SessionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FixtureServlet.class);
    }

    private static String sessionCookie(WebDriver browser) {
        return browser.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** The browser now sends {@code value} as its session: one the server no longer knows is an expired one. */
    private static void useSession(WebDriver browser, String value) {
        Cookie current = browser.manage().getCookieNamed("JSESSIONID");
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.manage().addCookie(new Cookie.Builder("JSESSIONID", value).path(current.getPath()).isHttpOnly(true)
                .build());
    }

    @Test
    void anAjaxActionAfterTheSessionExpiredLandsOnTheSignInPageWithAMessage(WebDriver browser) throws Exception {
        Map<String, String> chamber = Screen.fixture("membership=MEMBER");
        Screen.signIn(browser, chamber, "staff");
        browser.get(WebTests.BASE_URL + "staff/companies.xhtml");
        type(browser, "company-query", chamber.get("companyNumber"));

        useSession(browser, "0123456789abcdef0123456789ab");
        browser.findElement(By.id("company-search-button")).click();

        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("session-expired")));
        assertThat(browser.getCurrentUrl()).contains("login.xhtml");
        assertThat(browser.findElement(By.id("session-expired")).getText()).contains("セッションの有効期限が切れた");
        assertThat(browser.findElements(By.id("chamber-code"))).hasSize(1);
    }

    @Test
    void aPasswordChangedInAnotherSessionEndsThisOne(WebDriver browser) throws Exception {
        Map<String, String> company = Screen.fixture("membership=MEMBER");
        Screen.signIn(browser, company, "user");
        String first = sessionCookie(browser);

        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.get(WebTests.BASE_URL);
        signIn(browser, company.get("chamber"), company.get("user"), company.get("password"));
        String second = sessionCookie(browser);
        assertThat(second).isNotEqualTo(first);
        browser.get(WebTests.BASE_URL + "password.xhtml");
        assertThat(browser.findElements(By.id("password-required"))).as("a password of one's own").isEmpty();
        type(browser, "current-password", company.get("password"));
        type(browser, "new-password", "a long and private phrase");
        type(browser, "new-password-again", "a long and private phrase");
        browser.findElement(By.id("change-password-button")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("home-messages")));
        assertThat(browser.findElement(By.id("home-messages")).getText()).contains("パスワードを変更しました");

        useSession(browser, first);
        browser.get(WebTests.BASE_URL + "home.xhtml");
        assertThat(browser.findElements(By.id("session-ended"))).as("the first session ended").hasSize(1);
        assertThat(browser.findElements(By.id("sign-out"))).isEmpty();

        useSession(browser, second);
        browser.get(WebTests.BASE_URL + "home.xhtml");
        assertThat(browser.findElements(By.id("sign-out"))).as("the session that changed it goes on").hasSize(1);
    }

    @Test
    void aClerkStopsAUserIdWhoseOpenSessionEndsAndWhichSignsInAgainOnlyOnceAllowed(WebDriver browser)
            throws Exception {
        Map<String, String> company = Screen.fixture("membership=MEMBER");
        Screen.signIn(browser, company, "user");
        String users = sessionCookie(browser);
        browser.manage().deleteCookieNamed("JSESSIONID");
        Screen.signIn(browser, company, "staff");
        String staffs = sessionCookie(browser);
        ConsoleBrowserIT.openCompany(browser, company.get("companyNumber"));

        userRow(browser, company.get("user")).findElement(By.cssSelector(".user-disable")).click();
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "利用を停止しました"));
        waitFor(browser).until(driver -> !userRow(driver, company.get("user")).findElements(By.cssSelector(".user-enable"))
                .isEmpty());

        useSession(browser, users);
        browser.get(WebTests.BASE_URL + "home.xhtml");
        assertThat(browser.findElements(By.id("session-ended"))).as("the stopped ID's open session ended").hasSize(1);
        signIn(browser, company.get("chamber"), company.get("user"), company.get("password"));
        assertThat(browser.findElements(By.id("sign-out"))).as("a stopped ID signs in nowhere").isEmpty();

        useSession(browser, staffs);
        browser.get(WebTests.BASE_URL + "home.xhtml");
        ConsoleBrowserIT.openCompany(browser, company.get("companyNumber"));
        userRow(browser, company.get("user")).findElement(By.cssSelector(".user-enable")).click();
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "利用を再開しました"));
        browser.manage().deleteCookieNamed("JSESSIONID");
        Screen.signIn(browser, company, "user");
        assertThat(browser.findElements(By.id("user-role"))).hasSize(1);
    }

    private static WebElement userRow(WebDriver browser, String loginId) {
        return browser.findElements(By.cssSelector("#users_data tr")).stream()
                .filter(row -> row.findElements(By.cssSelector(".user-login")).stream()
                        .anyMatch(cell -> cell.getText().strip().equals(loginId)))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + loginId));
    }

}
