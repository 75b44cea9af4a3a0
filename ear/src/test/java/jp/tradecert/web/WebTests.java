package jp.tradecert.web;

import jp.tradecert.it.WebForms;

/** Where the application under test answers. */
final class WebTests {

    static final String BASE_URL = WebForms.BASE_URL;

    private WebTests() {
    }
}
