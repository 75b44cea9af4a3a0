package jp.tradecert.sandbox.card;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provider's two server-to-server calls, answered in its XML: order registration
 * ({@code receive_order3.cgi}: the page to send the buyer to) and inquiry ({@code getsales2.cgi}: the
 * order's state, 0 not paid, 1 paid, 9 failed).
 */
@WebServlet({"/cgi-bin/order/receive_order3.cgi", "/cgi-bin/getsales2.cgi"})
public class ProviderApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SandboxPayments payments;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!payments.contractCode().equals(request.getParameter("contract_code"))) {
            answer(response, Map.of("result", "9", "err_code", "CONTRACT", "err_detail", "unknown contract code"));
            return;
        }
        if (request.getServletPath().endsWith("receive_order3.cgi")) {
            register(request, response);
        } else {
            inquire(request, response);
        }
    }

    private void register(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String orderNumber = request.getParameter("order_number");
        String price = request.getParameter("item_price");
        if (orderNumber == null || !orderNumber.matches("[0-9A-Za-z]{1,32}") || price == null
                || !price.matches("[1-9][0-9]{0,7}") || !"10000-0000-00000".equals(request.getParameter("st_code"))) {
            answer(response, Map.of("result", "9", "err_code", "PARAMETER", "err_detail", "bad order"));
            return;
        }
        SandboxPayments.Payment payment = payments.register(orderNumber, Long.parseLong(price),
                String.valueOf(request.getParameter("item_name")), String.valueOf(request.getParameter("user_name")));
        String page = request.getRequestURL().toString().replace(request.getServletPath(), "/card")
                + "?trans_code=" + payment.transCode;
        Map<String, String> result = new LinkedHashMap<>();
        result.put("result", "1");
        result.put("trans_code", payment.transCode);
        result.put("redirect", URLEncoder.encode(page, StandardCharsets.UTF_8));
        answer(response, result);
    }

    private void inquire(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SandboxPayments.Payment payment = payments.byOrderNumber(request.getParameter("order_number")).orElse(null);
        if (payment == null) {
            answer(response, Map.of("result", "9", "err_code", "NOT_FOUND", "err_detail", "no such order"));
            return;
        }
        if (payment.failingInquiries.getAndUpdate(left -> Math.max(left - 1, 0)) > 0) {
            // the time-out scenario: the provider is not answering for a while
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        Map<String, String> result = new LinkedHashMap<>();
        result.put("result", "1");
        result.put("trans_code", payment.transCode);
        result.put("order_number", payment.orderNumber);
        result.put("state", payment.state);
        result.put("item_price", String.valueOf(payment.amountYen));
        answer(response, result);
    }

    private static void answer(HttpServletResponse response, Map<String, String> results) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Epsilon_result>\n");
        results.forEach((name, value) -> xml.append("  <result ").append(name).append("=\"")
                .append(Html.escape(value)).append("\" />\n"));
        xml.append("</Epsilon_result>\n");
        response.setContentType("text/xml;charset=UTF-8");
        response.getWriter().write(xml.toString());
    }
}
