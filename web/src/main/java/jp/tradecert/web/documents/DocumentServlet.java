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
import jp.tradecert.application.CertificateDocuments;
import jp.tradecert.application.CertificateNotPrintableException;
import jp.tradecert.document.Pdf;
import jp.tradecert.payment.card.FeePaymentRecords;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.purchase.PurchaseDocuments;
import jp.tradecert.purchase.RefundDesk;
import jp.tradecert.web.CurrentUser;

/**
 * {@code /documents/transfer-request/{orderId}} (振込依頼書) and {@code /documents/card-statement/{orderId}}
 * (クレジットカード決済 利用明細(控)), {@code /documents/certificate/{applicationId}} (the issued
 * certificate), and for the chamber's staff {@code /documents/refund-request/{refundId}} (返金依頼書): the PDF, shown in the browser's tab. The order or application is looked up within the
 * signed-in user's company (a sub ID: its own applications), so another company's, or a document it does
 * not have (yet), is simply not found; a refund, within the staff member's chamber. A certificate past its print window leads back to the
 * application's page, which says why it can no longer be printed.
 */
@WebServlet("/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/(transfer-request|card-statement|fee-statement|certificate|refund-request)/(\\d{1,18})");

    @Inject
    private CurrentUser currentUser;

    @EJB
    private PurchaseDocuments documents;

    @EJB
    private CertificateDocuments certificates;

    @EJB
    private FeePaymentRecords feePayments;

    @EJB
    private RefundDesk refunds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(2));
        Pdf pdf;
        try {
            SignedInUser user = currentUser.get();
            pdf = switch (path.group(1)) {
                case "transfer-request" -> documents.transferRequest(user, id);
                case "card-statement" -> documents.cardStatement(user, id);
                case "fee-statement" -> feePayments.statement(user, id);
                case "refund-request" -> refunds.requestForm(user, id);
                default -> certificates.certificate(user, id);
            };
        } catch (CertificateNotPrintableException e) {
            response.sendRedirect(request.getContextPath() + "/applications/view.xhtml?id=" + id);
            return;
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
