package jp.tradecert.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.SessionState;

/**
 * Keeps a signed-in session to what its account still is, on every page request (one lookup by key):
 * <ul>
 * <li>a session whose account was disabled, whose role or rank changed or whose password was changed elsewhere is
 * ended, and the browser sent to the sign-in page with a message ({@code ?ended=true});</li>
 * <li>a session is ended {@link #LONGEST_SESSION} after it began (at the sign-in page), however busy ({@code ?expired=true}); the
 * idle timeout (30 minutes, web.xml) ends a quiet one sooner;</li>
 * <li>whoever signed in with a password someone else chose (an initial password handed over by staff) is sent to
 * the password page, and nowhere else, until they have chosen their own;</li>
 * <li>a page's ajax request that arrives after its session ended, which the container answers with the sign-in
 * page in place of the page's update (a page's script cannot show that, and the click would seem to do
 * nothing), gets a redirect to the sign-in page instead.</li>
 * </ul>
 * Mapped in web.xml to the pages, on requests and forwards (the welcome page and the sign-in page shown in place
 * of a protected one are forwards).
 */
public class SessionGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final Duration LONGEST_SESSION = Duration.ofHours(8);
    static final String PASSWORD_PAGE = "/password.xhtml";
    private static final String LOGIN_PAGE = "/login.xhtml";
    private static final String BEGUN = SessionGate.class.getName();
    /** What may be reached before a password is chosen: the password page itself and the public pages. */
    private static final Set<String> OPEN = Set.of(PASSWORD_PAGE, LOGIN_PAGE, "/error.xhtml", "/verify.xhtml");

    /** What the session began with: the account's state then. */
    private record Begun(String principal, SessionState state) implements Serializable {
    }

    @EJB
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getDispatcherType() == DispatcherType.FORWARD && LOGIN_PAGE.equals(path) && isAjax(request)) {
            redirect(request, response, LOGIN_PAGE + "?expired=true");
            return;
        }
        Principal principal = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (principal == null || session == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SessionState> now = accounts.sessionState(principal.getName());
        Begun begun = session.getAttribute(BEGUN) instanceof Begun b && b.principal().equals(principal.getName())
                ? b : null;
        if (now.isEmpty() || begun != null && !now.get().continues(begun.state())) {
            end(request, response, "ended");
            return;
        }
        // the session's own age in real time, not the application's clock: moving business dates (the demo, the
        // tests) must not end anyone's session
        Duration age = Duration.ofMillis(System.currentTimeMillis() - session.getCreationTime());
        if (begun == null) {
            session.setAttribute(BEGUN, new Begun(principal.getName(), now.get()));
        } else if (age.compareTo(LONGEST_SESSION) > 0) {
            end(request, response, "expired");
            return;
        }
        if (now.get().mustChangePassword() && !OPEN.contains(path)) {
            redirect(request, response, PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, String why)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        redirect(request, response, LOGIN_PAGE + "?" + why + "=true");
    }

    /** A redirect the browser follows, for a page's ajax request too (Faces' partial response). */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String page)
            throws IOException {
        String url = request.getContextPath() + page;
        if (isAjax(request)) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }

    /** The password page, once the holder has chosen a password: the session goes on in the account's new state. */
    static void passwordChosen(HttpSession session, String principal, SessionState state) {
        session.setAttribute(BEGUN, new Begun(principal, state));
    }
}
