package jp.tradecert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A page's form posted as the browser would: its view state, its fields, its button, and the page's script nonce,
 * which PrimeFaces' scripts add to every post (in its CSP mode a post without it is not answered).
 */
public final class WebForms {

    /** The application as a browser reaches it (the tests inside the server too). */
    public static final String BASE_URL = System.getProperty("coupons.url", "http://localhost:8080/");

    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private WebForms() {
    }

    public static URI uri(String path) {
        return URI.create(BASE_URL + path);
    }

    public static HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts the form {@code formId} of {@code page} (fetched from {@code path}) with {@code fields} besides. */
    public static HttpResponse<String> post(HttpClient browser, String path, HttpResponse<String> page, String formId,
            Map<String, String> fields) throws Exception {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).as("the page has a view state").isTrue();
        Map<String, String> all = new LinkedHashMap<>();
        all.put(formId, formId);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page.body());
        assertThat(nonce.find()).as("the page's scripts have a nonce").isTrue();
        all.put("primefaces.nonce", nonce.group(1));
        String form = all.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs in on the sign-in page; a success is a redirect (302) away from it. */
    public static HttpResponse<String> signIn(HttpClient browser, String chamberCode, String userId, String password)
            throws Exception {
        HttpResponse<String> page = get(browser, "login.xhtml");
        return post(browser, "login.xhtml", page, "login",
                Map.of("chamber-code", chamberCode, "user-id", userId, "password", password, "sign-in", ""));
    }
}
