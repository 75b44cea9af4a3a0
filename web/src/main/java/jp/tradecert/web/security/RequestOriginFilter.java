package jp.tradecert.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.tradecert.platform.RequestOrigin;

/**
 * Tells the services which address a request comes from, for the audit trail ({@link RequestOrigin}).
 * The connection's own address: a forwarded-for header is anyone's to write, so it is not believed.
 */
// mapped in web.xml, first of the filters: the others read the address
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestOrigin.set(request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            RequestOrigin.clear();
        }
    }
}
