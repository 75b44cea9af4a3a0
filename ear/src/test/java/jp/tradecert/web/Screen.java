package jp.tradecert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import jp.tradecert.it.FixtureServlet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do on a page: click, type, read, each waiting for the page to be there. */
final class Screen {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Screen() {
    }

    /**
     * A new company of a new chamber, made by {@link FixtureServlet}: its chamber code, the logins of its
     * user ID ({@code user}, named {@code userName}), sub ID ({@code sub}), company admin ID
     * ({@code admin}) and chamber staff ({@code staff}), and their {@code password}.
     */
    static Map<String, String> newCompany(String membership) throws IOException, InterruptedException {
        return fixture("membership=" + membership);
    }

    /**
     * Moves the server's clock {@code days} on ({@link jp.tradecert.it.ClockFixtureServlet}), or back to real time with
     * null; a test that moves it puts it back in a {@code finally}.
     */
    static void moveClock(Integer days) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(WebTests.BASE_URL
                        + "it/fixtures/clock" + (days == null ? "" : "?days=" + days)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** What {@link FixtureServlet} made for the query, e.g. {@code membership=MEMBER&bankOrder=true}. */
    static Map<String, String> fixture(String query) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(WebTests.BASE_URL + "it/fixtures/company?" + query))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> values = new HashMap<>();
        response.body().lines().map(line -> line.split("=", 2)).forEach(pair -> values.put(pair[0], pair[1]));
        return values;
    }

    static void signIn(WebDriver browser, Map<String, String> company, String who) {
        browser.get(WebTests.BASE_URL);
        signIn(browser, company.get("chamber"), company.get(who), company.get("password"));
        assertThat(browser.findElements(By.id("sign-out"))).as("signed in as " + who).hasSize(1);
    }

    /** On the login page: signs in, and waits for the home page or the login error. */
    static void signIn(WebDriver browser, String chamber, String user, String password) {
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("chamber-code")));
        type(browser, "chamber-code", chamber);
        type(browser, "user-id", user);
        type(browser, "password", password);
        WebElement button = browser.findElement(By.id("sign-in"));
        button.click();
        waitUntilGone(browser, button);
        waitFor(browser).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("sign-out")),
                ExpectedConditions.textMatches(By.id("login-error"), Pattern.compile(".+"))));
    }

    static void signOut(WebDriver browser) {
        click(browser, "sign-out");
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("chamber-code")));
    }

    /** From any signed-in page: the purchase form, past the terms, with the quantities typed. */
    static void fillPurchaseForm(WebDriver browser, int singles, int booklets, String expectedTotal) {
        click(browser, "menu-purchase");
        click(browser, "agree");
        type(browser, "qty-single", String.valueOf(singles));
        if (booklets > 0) {
            type(browser, "qty-booklet", String.valueOf(booklets));
        }
        waitForText(browser, "total-amount", expectedTotal);
    }

    /** The text of a PDF the signed-in browser may open, fetched with the browser's session. */
    static String pdfText(WebDriver browser, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(withSession(browser, url), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("inline"));
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int status(WebDriver browser, String url) throws IOException, InterruptedException {
        return HTTP.send(withSession(browser, url), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest withSession(WebDriver browser, String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                .build();
    }

    /** Clicks and waits for what the click causes: a new page, or an answer to an Ajax request. */
    static void click(WebDriver browser, String id) {
        // found and clicked in one step, retried if the page changed in between (an Ajax update)
        WebElement clicked = waitFor(browser).until(driver -> {
            WebElement element = driver.findElement(By.id(id));
            if (!element.isDisplayed() || !element.isEnabled()) {
                return null;
            }
            element.click();
            return element;
        });
        waitUntilGone(browser, clicked);
    }

    /** Waits until the page the element was on has been replaced. */
    static void waitUntilGone(WebDriver browser, WebElement element) {
        waitFor(browser).until(ExpectedConditions.stalenessOf(element));
    }

    static void type(WebDriver browser, String id, String value) {
        WebElement input = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(value);
    }

    /** Chooses an option of a select by its value, and waits for what the choice updates (if it updates). */
    static void select(WebDriver browser, String id, String value) {
        WebElement element = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        new Select(element).selectByValue(value);
    }

    /** The PDF the signed-in browser may open, as bytes. */
    static byte[] pdf(WebDriver browser, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(withSession(browser, url), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    static void waitForText(WebDriver browser, String id, String expected) {
        waitFor(browser).until(ExpectedConditions.textToBe(By.id(id), expected));
    }

    static String text(WebDriver browser, String id) {
        return waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().strip();
    }

    /**
     * A wait of up to 20 s. While a page is being replaced, Chromium sometimes answers a check on an
     * element of the old page with an inspector error ("Node with given id does not belong to the
     * document") instead of "stale element": such a check is only tried again.
     */
    static WebDriverWait waitFor(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        return wait;
    }
}
