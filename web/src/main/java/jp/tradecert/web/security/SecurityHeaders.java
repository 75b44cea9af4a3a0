package jp.tradecert.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response of the application carries (OWASP ASVS 3.4, 14.3): no page is shown in
 * another site's frame (the money actions cannot be clickjacked), no content is sniffed into another type,
 * no address leaves the site in a referrer, no browser feature is asked for, and nothing a signed-in user
 * saw (balances, names, orders) is kept by the browser or a proxy. Not yet: a script policy (PrimeFaces'
 * CSP mode must first be proven on every page) and HSTS (there is no TLS listener yet).
 */
// also on forwards (the sign-in page shown for a protected one) and error pages
// mapped in web.xml (requests, forwards and error pages), before the API filter: its refusals carry the headers too
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** What a page may be framed by, where its base may point, and no plugins. */
    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** The path of the Faces resources (scripts, styles, images): the same for everyone, cacheable. */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(RESOURCES) && !path.startsWith("/resources/")) {
            // a page or an answer may hold what only its user may see: never stored
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
