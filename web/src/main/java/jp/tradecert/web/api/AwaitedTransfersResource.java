package jp.tradecert.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.tradecert.purchase.PurchaseService;

/**
 * {@code GET /api/admin/awaited-transfers}: the caller's chamber's bank-transfer orders awaiting their
 * deposit, each with its amount and one-time account, oldest first: what the bank should soon report.
 */
@Path("admin/awaited-transfers")
public class AwaitedTransfersResource {

    /** One awaited transfer. */
    public record Awaited(String orderNumber, long amountYen, String orderDate, String bankCode, String branchCode,
            String accountNumber, String holderName, String expiresOn) {
    }

    @Inject
    private Staff staff;

    @EJB
    private PurchaseService purchases;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Awaited> list() {
        return purchases.awaitedTransfers(staff.get().chamberId()).stream()
                .map(awaited -> new Awaited(awaited.orderNumber(), awaited.amountYen(),
                        awaited.orderDate().toString(), awaited.account().bankCode(), awaited.account().branchCode(),
                        awaited.account().number(), awaited.account().holderName(),
                        awaited.account().expiresOn().toString()))
                .toList();
    }
}
