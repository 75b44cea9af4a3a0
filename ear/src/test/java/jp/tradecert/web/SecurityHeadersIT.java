package jp.tradecert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The headers on every answer of the application, as a browser gets them: no framing, no sniffing, no
 * referrer leaving the site, no browser feature; pages and API answers never stored, the static resources
 * cacheable; the session cookie out of scripts' reach and not sent with another site's requests; no header
 * names the server or its version.
 */
@IntegrationTest
@RunAsClient
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(WebTests.BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerCarriesTheHeadersAndNoneNamesTheServer() throws Exception {
        HttpResponse<String> login = get("");
        Matcher stylesheet = Pattern.compile("href=\"([^\"]*jakarta\\.faces\\.resource[^\"]*)\"").matcher(login.body());
        assertThat(stylesheet.find()).as("the login page links a Faces resource").isTrue();
        String resource = stylesheet.group(1).replace("&amp;", "&").replaceFirst("^/", "");

        Map<String, HttpResponse<String>> answers = Map.of(
                "the login page", login,
                "a page that needs a sign-in", get("staff/companies.xhtml"),
                "the API without credentials", get("api/admin/jobs/1"),
                "a page that does not exist", get("no-such-page.xhtml"),
                "a Faces resource", get(resource));
        answers.forEach((what, answer) -> {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(answer.headers().firstValue("Permissions-Policy")).as(what).isPresent();
            for (String header : List.of("Server", "X-Powered-By")) {
                assertThat(answer.headers().allValues(header)).as(what + ": " + header)
                        .noneMatch(value -> value.toLowerCase().contains("payara")
                                || value.toLowerCase().contains("glassfish") || value.matches(".*[0-9]+\\.[0-9]+.*"));
            }
        });
        assertThat(answers.get("a page that does not exist").body()).as("the error page")
                .doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish");
        for (String what : List.of("the login page", "a page that needs a sign-in", "the API without credentials")) {
            assertThat(answers.get(what).headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
        }
        assertThat(answers.get("a Faces resource").statusCode()).isEqualTo(200);
        assertThat(answers.get("a Faces resource").headers().firstValue("Cache-Control")).as("a resource is cacheable")
                .isNotEqualTo(java.util.Optional.of("no-store"));

        answers.forEach((what, answer) -> {
            assertThat(answer.headers().allValues("Content-Security-Policy")).as(what + ": one policy").hasSize(1);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'self'", "script-src 'self'", "object-src 'none'")
                            .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline"));
        });

        // a page: its scripts run by the page's nonce only, and no handler is written inline
        String pagePolicy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'").matcher(pagePolicy);
        assertThat(nonce.find()).as("the page's policy has a nonce: " + pagePolicy).isTrue();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(login.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("a script of the sign-in page").contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(count).as("scripts on the sign-in page").isPositive();
        assertThat(login.body()).as("inline handlers").doesNotContainPattern("\\son(click|change|submit|load)=");
        assertThat(get("").headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("another request, another nonce").doesNotContain(nonce.group(1));

        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).as("the login page starts a session").anySatisfy(cookie -> {
            assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax");
        });
    }

    /**
     * A form posted with a view state the session does not hold (made up, or its view long evicted) is sent back to
     * its own page by a GET, which says that it was reloaded: not a server error (the scanner's finding), and
     * nothing of the post taken.
     */
    @Test
    void aPostWithAnUnknownViewStateIsSentBackToItsPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI login = URI.create(WebTests.BASE_URL + "login.xhtml");
        browser.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "login=login&chamber-code=2701&user-id=x&password=y&sign-in="
                                        + "&jakarta.faces.ViewState=123%3A456'%22%3Cscript%3E"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as("the answer to the post").isIn(302, 303);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(URI.create(location).getPath()).isEqualTo("/login.xhtml"));
        HttpResponse<String> reloaded = browser.send(
                HttpRequest.newBuilder(login.resolve(posted.headers().firstValue("Location").orElseThrow())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reloaded.statusCode()).isEqualTo(200);
        assertThat(reloaded.body()).contains("有効期限が切れていたため");

        // its live view state, but not the page's script nonce (which PrimeFaces' scripts add): sent back as well
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(reloaded.body());
        assertThat(viewState.find()).isTrue();
        HttpResponse<String> withoutNonce = browser.send(HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("login=login&chamber-code=2701&user-id=x&password=y"
                                + "&sign-in=&jakarta.faces.ViewState="
                                + java.net.URLEncoder.encode(viewState.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutNonce.statusCode()).as("a post without the page's nonce").isIn(302, 303);
    }

    /**
     * Over HTTPS (the server's TLS listener, 8181, with the test domain's self-signed certificate) the browser is
     * told to come back over HTTPS only, and the session cookie is Secure; over plain HTTP neither would mean
     * anything, and the HSTS header is not sent.
     */
    @Test
    void overHttpsTheBrowserIsToldToStayThereAndTheCookieIsSecure() throws Exception {
        SSLContext trustingTheTestCertificate = SSLContext.getInstance("TLS");
        trustingTheTestCertificate.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        HttpClient https = HttpClient.newBuilder().sslContext(trustingTheTestCertificate).build();
        HttpResponse<String> secure = https.send(HttpRequest.newBuilder(
                URI.create(System.getProperty("coupons.https-url", "https://localhost:8181/") + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(secure.statusCode()).isEqualTo(200);
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(secure.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").containsIgnoringCase("HttpOnly"));

        HttpResponse<String> plain = get("login.xhtml");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("over plain HTTP").isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).doesNotContain("Secure"));
    }

    /** Payara's OpenAPI document and metrics are served to no one: what answers there is the sign-in page. */
    @Test
    void neitherOpenApiNorMetricsAreServed() throws Exception {
        for (String path : List.of("openapi", "metrics", "metrics/application")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.body()).as(path).doesNotContain("openapi:", "# TYPE", "# HELP", "\"base\"")
                    .contains("id=\"login\"");
        }
    }
}
