package jp.tradecert.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tradecert.platform.RequestOrigin;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the services which address a request comes from, for the audit trail and the sign-in throttle
 * ({@link RequestOrigin}). The connection's own address: a forwarded-for header is anyone's to write, so it is
 * believed only from a reverse proxy named in {@code coupons.http.trusted-proxies} (addresses, comma-separated;
 * none by default), and then only its last entry that is not itself such a proxy: the address the proxy saw.
 * Without that setting, behind a proxy every client would share the proxy's address (one throttle for all).
 */
// mapped in web.xml, first of the filters: the others read the address
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "coupons.http.trusted-proxies")
    private Optional<String> trustedProxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestOrigin.set(clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
                trustedProxies.map(RequestOriginFilter::addresses).orElse(Set.of())));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestOrigin.clear();
        }
    }

    static Set<String> addresses(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(address -> !address.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The client: the connection's address, or behind a trusted proxy the nearest untrusted hop it reports. */
    static String clientAddress(String remote, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || !trusted.contains(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remote;
    }
}
