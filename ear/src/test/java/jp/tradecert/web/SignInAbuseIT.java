package jp.tradecert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.FixtureServlet;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.WebForms;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * Password guessing and the API's other doors, over HTTP as an attacker meets them: a name that keeps failing
 * is locked (429 with Retry-After on the API, a message on the sign-in page), for the right password too; an
 * applicant's right password opens the API no more than a wrong one, and the answers cannot be told apart; a
 * browser's session signs nobody in to the API, and a form posted to it (another site's, sent with a browser's
 * remembered Basic credentials) is refused before anything runs.
 */
@IntegrationTest
@RunAsClient
class SignInAbuseIT {

    private static final String JOBS = "api/admin/jobs/executions/1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FixtureServlet.class);
    }

    private static HttpResponse<String> api(String path, String user, String password) throws Exception {
        return AdminApi.send(HttpRequest.newBuilder(AdminApi.uri(path)).GET(), user, password);
    }

    @Test
    void tenWrongPasswordsThenTheRightOneGets429WithRetryAfter() throws Exception {
        Map<String, String> chamber = Screen.fixture("membership=MEMBER");
        String staff = chamber.get("chamber") + "/" + chamber.get("staff");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(api(JOBS, staff, "wrong-" + i).statusCode());
        }
        HttpResponse<String> right = api(JOBS, staff, chamber.get("password"));

        assertThat(statuses.subList(0, 5)).as("five failures are free").containsOnly(401);
        assertThat(statuses.subList(6, 10)).as("then the name is locked").containsOnly(429);
        assertThat(right.statusCode()).as("the right password too, while locked").isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 15 * 60));
        assertThat(right.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(right.body()).contains("\"status\":429");

        String supervisor = chamber.get("chamber") + "/" + chamber.get("supervisor");
        assertThat(api(JOBS, supervisor, chamber.get("password")).statusCode()).as("another name of the chamber")
                .isEqualTo(404);
    }

    @Test
    void anApplicantsRightPasswordGetsTheSameAnswerAsAWrongOne() throws Exception {
        Map<String, String> company = Screen.fixture("membership=MEMBER");
        String user = company.get("chamber") + "/" + company.get("user");
        HttpResponse<String> right = api(JOBS, user, company.get("password"));
        HttpResponse<String> wrong = api(JOBS, user, "not-the-password");
        HttpResponse<String> nobody = api(JOBS, company.get("chamber") + "/no-such-user", "whatever");

        for (HttpResponse<String> answer : List.of(right, wrong, nobody)) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic"));
            assertThat(answer.body()).isEqualTo(wrong.body()).doesNotContain("Exception", "at jp.");
        }
    }

    @Test
    void aBrowsersSessionSignsNobodyInToTheApiAndAFormPostedToItIsRefused() throws Exception {
        Map<String, String> chamber = Screen.fixture("membership=MEMBER");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = signInByForm(browser, chamber.get("chamber"), chamber.get("staff"),
                chamber.get("password"));
        assertThat(signedIn.statusCode()).as("the sign-in page redirects once signed in").isEqualTo(302);
        HttpResponse<String> console = browser.send(HttpRequest.newBuilder(AdminApi.uri("staff/companies.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(console.statusCode()).as("the session is the staff's").isEqualTo(200);

        HttpResponse<String> withTheCookie = browser.send(HttpRequest.newBuilder(AdminApi.uri(JOBS)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withTheCookie.statusCode()).isEqualTo(401);

        String basic = Base64.getEncoder().encodeToString((chamber.get("chamber") + "/" + chamber.get("staff") + ":"
                + chamber.get("password")).getBytes(StandardCharsets.UTF_8));
        for (String formType : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "text/plain;charset=UTF-8")) {
            HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(
                            AdminApi.uri("api/admin/jobs/deposit-reconciliation"))
                    .header("Authorization", "Basic " + basic).header("Content-Type", formType)
                    .POST(HttpRequest.BodyPublishers.ofString("a=b")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).as(formType).isEqualTo(415);
            assertThat(posted.body()).as(formType).doesNotContain("executionId");
        }
    }

    @Test
    void theSignInPageLocksANameThatKeepsFailingAndSaysSoForAnIdThatDoesNotExistToo() throws Exception {
        Map<String, String> chamber = Screen.fixture("membership=MEMBER");
        for (String who : List.of(chamber.get("user"), "no-such-user-" + System.nanoTime())) {
            for (int i = 0; i < 7; i++) {
                HttpResponse<String> failed = signInByForm(newBrowser(), chamber.get("chamber"), who, "wrong-" + i);
                assertThat(failed.statusCode()).isEqualTo(200);
                assertThat(failed.body()).contains(i < 6 ? "いずれかが正しくありません" : "ログインの失敗が続いたため");
            }
        }
        HttpResponse<String> right = signInByForm(newBrowser(), chamber.get("chamber"), chamber.get("user"),
                chamber.get("password"));
        assertThat(right.statusCode()).as("locked: no sign-in").isEqualTo(200);
        assertThat(right.body()).contains("ログインの失敗が続いたため");
        HttpResponse<String> other = signInByForm(newBrowser(), chamber.get("chamber"), chamber.get("sub"),
                chamber.get("password"));
        assertThat(other.statusCode()).as("another name signs in").isEqualTo(302);
    }

    private static HttpClient newBrowser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** The sign-in page as a browser fills it in: its form with the view state, posted back. */
    static HttpResponse<String> signInByForm(HttpClient browser, String chamberCode, String userId, String password)
            throws Exception {
        return WebForms.signIn(browser, chamberCode, userId, password);
    }
}
