package jp.tradecert.web.documents;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.document.Pdf;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.purchase.PurchaseDocuments;
import jp.tradecert.web.CurrentUser;

/**
 * {@code /documents/transfer-request/{orderId}} (振込依頼書) and {@code /documents/card-statement/{orderId}}
 * (クレジットカード決済 利用明細(控)): the PDF, shown in the browser's tab. The order is looked up within
 * the signed-in user's company, so another company's order, or a document the order does not have
 * (yet or any more), is simply not found.
 */
@WebServlet("/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/(transfer-request|card-statement)/(\\d{1,18})");

    @Inject
    private CurrentUser currentUser;

    @EJB
    private PurchaseDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long orderId = Long.parseLong(path.group(2));
        Pdf pdf;
        try {
            SignedInUser user = currentUser.get();
            pdf = path.group(1).equals("transfer-request")
                    ? documents.transferRequest(user, orderId)
                    : documents.cardStatement(user, orderId);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.content().length);
        // inline: the manual opens it in a new tab; the name is what "save" offers
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(pdf.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(pdf.content());
    }
}
