package jp.tradecert.purchase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.document.Pdf;
import jp.tradecert.ledger.HistoryDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prints an order's documents for a user of the company that placed it, and for nobody else (another
 * company's order is not found, whatever its number).
 */
@Stateless
public class PurchaseDocuments {

    @EJB
    private PurchaseService purchases;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "coupons.operator.name", defaultValue = "日本商工会議所")
    private String operatorName;

    /**
     * The transfer request form of a bank-transfer order, printed today, while the order waits for the
     * transfer: once it is paid, cancelled or expired there is nothing left to transfer, and its
     * one-time account no longer takes money for it.
     */
    public Pdf transferRequest(SignedInUser user, long orderId) {
        PurchaseOrder order = printing(HistoryDocument.TRANSFER_REQUEST, user, orderId);
        var account = purchases.accountOf(order)
                .orElseThrow(() -> new DocumentNotAvailableException(order.getOrderNumber().value()));
        TransferRequestForm form = new TransferRequestForm(user.chamberNameJa(), LocalDate.now(clock),
                order.getOrderNumber().value(), user.tradeRegistrationNumber().value(), user.companyNameJa(),
                order.getOrderDate(), order.getLines().stream().map(DocumentLine::of).toList(), order.getTotalYen(),
                account);
        return new Pdf("transfer-request-" + order.getOrderNumber().value() + ".pdf", form.pdf());
    }

    /** The statement of a card order once paid. */
    public Pdf cardStatement(SignedInUser user, long orderId) {
        PurchaseOrder order = printing(HistoryDocument.CARD_STATEMENT, user, orderId);
        CardStatement statement = new CardStatement(operatorName, LocalDate.now(clock), order.getOrderNumber().value(),
                user.tradeRegistrationNumber().value(), user.companyNameJa(), user.chamberNameJa(), CardStatement.COUPONS,
                order.getLines().stream().map(DocumentLine::of).toList(), order.getSettlementDate(),
                order.getPaidYen());
        return new Pdf("card-statement-" + order.getOrderNumber().value() + ".pdf", statement.pdf());
    }

    /** The user's company's order, if it prints this document now. */
    private PurchaseOrder printing(HistoryDocument document, SignedInUser user, long orderId) {
        PurchaseOrder order = purchases.getOrder(user, orderId);
        if (order.printableDocument().filter(document::equals).isEmpty()) {
            throw new DocumentNotAvailableException(order.getOrderNumber().value());
        }
        return order;
    }
}
