package jp.tradecert.web;

/** Where the application under test answers. */
final class WebTests {

    static final String BASE_URL = System.getProperty("coupons.url", "http://localhost:8080/");

    private WebTests() {
    }
}
