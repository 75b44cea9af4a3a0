package jp.tradecert.web.card;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import jp.tradecert.payment.card.CardPayments;
import jp.tradecert.payment.card.FeeCardPayment;
import jp.tradecert.payment.card.FeeCardPayments;
import jp.tradecert.payment.card.FeePaymentRecords;
import jp.tradecert.purchase.OrderNumber;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseService;

/**
 * The provider's result notification ({@code POST /card/notify}), server to server. Its content is
 * only a prompt: the order it names is confirmed by asking the provider, so a forged or replayed
 * notification changes nothing. Answers {@code 1} (received), as the provider expects; a notification
 * about an order this system does not know is logged and acknowledged too, so it is not resent forever.
 */
@WebServlet("/card/notify")
public class CardNotificationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CardNotificationServlet.class.getName());

    @EJB
    private PurchaseService purchases;

    @EJB
    private CardPayments cardPayments;

    @EJB
    private FeeCardPayments feePayments;

    @EJB
    private FeePaymentRecords feePaymentRecords;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("order_number");
        if (FeeCardPayment.isPaymentNumber(number)) {
            feePaymentRecords.findByNumber(number).ifPresentOrElse(payment -> feePayments.confirm(payment.getId()),
                    () -> LOG.warning(() -> "Card notification for an unknown fee payment: " + number));
        } else {
            OrderNumber.parse(number).flatMap(purchases::findByNumber)
                    .filter(order -> order.getPaymentMethod() == PaymentMethod.CARD)
                    .ifPresentOrElse(order -> cardPayments.confirm(order.getId()),
                            () -> LOG.warning(() -> "Card notification for an unknown order: " + number));
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("1");
    }
}
