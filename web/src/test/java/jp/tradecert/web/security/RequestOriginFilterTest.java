package jp.tradecert.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose address a request is: a forwarded-for header believed from a trusted proxy only. */
class RequestOriginFilterTest {

    private static final Set<String> PROXY = RequestOriginFilter.addresses(" 10.0.0.5, 10.0.0.6 ,");

    @Test
    void withoutATrustedProxyTheConnectionsAddressIsTheClient() {
        assertThat(RequestOriginFilter.clientAddress("203.0.113.9", "198.51.100.1", Set.of())).isEqualTo("203.0.113.9");
        assertThat(RequestOriginFilter.clientAddress("203.0.113.9", "198.51.100.1", PROXY))
                .as("a header from anyone else").isEqualTo("203.0.113.9");
        assertThat(RequestOriginFilter.clientAddress("10.0.0.5", null, PROXY)).isEqualTo("10.0.0.5");
    }

    @Test
    void behindATrustedProxyTheLastHopItSawIsTheClientNotWhatTheClientWrote() {
        assertThat(PROXY).containsExactlyInAnyOrder("10.0.0.5", "10.0.0.6");
        assertThat(RequestOriginFilter.clientAddress("10.0.0.5", "198.51.100.1", PROXY)).isEqualTo("198.51.100.1");
        assertThat(RequestOriginFilter.clientAddress("10.0.0.5", "1.2.3.4, 198.51.100.1", PROXY))
                .as("the client wrote 1.2.3.4 itself").isEqualTo("198.51.100.1");
        assertThat(RequestOriginFilter.clientAddress("10.0.0.5", "198.51.100.1, 10.0.0.6", PROXY))
                .as("through two proxies").isEqualTo("198.51.100.1");
        assertThat(RequestOriginFilter.clientAddress("10.0.0.5", " , ", PROXY)).isEqualTo("10.0.0.5");
    }
}
