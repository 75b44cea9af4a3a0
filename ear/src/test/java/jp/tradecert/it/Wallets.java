package jp.tradecert.it;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.catalog.Product;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;

/** Fills a company's wallet the way users do: an order paid by card, settled at once. */
@ApplicationScoped
public class Wallets {

    @EJB
    private PurchaseService purchases;

    @Inject
    private Clock clock;

    /** Buys and settles {@code singles} single coupons and {@code booklets} booklets. */
    public PurchaseOrder buy(SignedInUser buyer, int singles, int booklets) {
        PurchaseOrder order = purchases.placeOrder(buyer, new PurchaseRequest(
                Map.of(Product.SINGLE, singles, Product.BOOKLET_30, booklets), PaymentMethod.CARD, MailRequest.NONE));
        return purchases.settle(order.getId(), order.getTotalYen(), LocalDate.now(clock));
    }
}
