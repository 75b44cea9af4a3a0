package jp.tradecert.web.card;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import jp.tradecert.payment.card.CardNotifications;
import jp.tradecert.platform.LogText;

/**
 * The provider's result notification ({@code POST /card/notify}), server to server, which anyone can
 * send. Its content is only a prompt: the order it names is queued to be confirmed by asking the
 * provider ({@link CardNotifications}), so a forged or replayed notification changes nothing, and the
 * answer comes at once, before any lookup. Answers {@code 1} (received), as the provider expects, also
 * for a number this system does not know, so that it is not resent forever; when the queue is full,
 * 503 with {@code Retry-After}, so that the provider sends it again later.
 */
@WebServlet("/card/notify")
public class CardNotificationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CardNotificationServlet.class.getName());

    @EJB
    private CardNotifications notifications;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("order_number");
        CardNotifications.Receipt receipt = notifications.receive(number);
        if (receipt == CardNotifications.Receipt.MALFORMED) {
            LOG.warning(() -> "A card notification without an order number of this system: " + LogText.of(number));
        }
        if (receipt == CardNotifications.Receipt.FULL) {
            response.setHeader("Retry-After", "60");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("1");
    }
}
