package jp.tradecert.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Objects;

/**
 * The headers every response of the application carries (OWASP ASVS 3.4, 14.3): no page is shown in
 * another site's frame (the money actions cannot be clickjacked), no content is sniffed into another type,
 * no address leaves the site in a referrer, no browser feature is asked for, and nothing a signed-in user
 * saw (balances, names, orders) is kept by the browser or a proxy, and no script runs but the site's own
 * files and, on a page, the scripts PrimeFaces' CSP mode gave that page's nonce. An answer over HTTPS tells the
 * browser to come back over HTTPS only, for a year (HSTS); over plain HTTP the header would mean nothing
 * (RFC 6797 has browsers ignore it there).
 */
// also on forwards (the sign-in page shown for a protected one) and error pages
// mapped in web.xml (requests, forwards and error pages), before the API filter: its refusals carry the headers too
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The name of the site's content security policy in web.xml, where PrimeFaces reads it for the pages. */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = Objects.requireNonNull(getServletContext().getInitParameter(POLICY_PARAMETER),
                "web.xml names no " + POLICY_PARAMETER);
    }

    /** The path of the Faces resources (scripts, styles, images): the same for everyone, cacheable. */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(CONTENT_SECURITY_POLICY, policy);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(RESOURCES) && !path.startsWith("/resources/")) {
            // a page or an answer may hold what only its user may see: never stored
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, new PolicyReplacedByPage(response));
    }

    /**
     * A page's policy (the same one with its nonce, added by PrimeFaces) takes the place of the one set here:
     * two policies would both be enforced, and this one, without the nonce, would block the page's scripts.
     */
    private static final class PolicyReplacedByPage extends HttpServletResponseWrapper {

        PolicyReplacedByPage(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
