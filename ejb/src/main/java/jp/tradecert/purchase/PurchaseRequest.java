package jp.tradecert.purchase;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the purchase form sends: a quantity per product code (products not listed count as zero), the
 * payment method and the mail wish.
 */
public record PurchaseRequest(Map<String, Integer> quantities, PaymentMethod method, MailRequest mail)
        implements Serializable {

    public PurchaseRequest {
        quantities = new LinkedHashMap<>(Objects.requireNonNull(quantities));
        Objects.requireNonNull(method);
        mail = mail == null ? MailRequest.NONE : mail;
    }

    public int quantityOf(String productCode) {
        Integer quantity = quantities.get(productCode);
        return quantity == null ? 0 : quantity;
    }
}
