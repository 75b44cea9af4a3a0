package jp.tradecert.purchase;

import java.text.NumberFormat;
import java.util.Locale;

/** A line of the 購入内容 of a document, as the manual writes it: {@code 30枚綴りクーポン 31,900円 × 2}. */
public record DocumentLine(String name, long unitPriceYen, int quantity) {

    public static DocumentLine of(OrderLine line) {
        int coupons = line.getProduct().getCoupons();
        String name = coupons == 1 ? "1枚クーポン" : coupons + "枚綴りクーポン";
        return new DocumentLine(name, line.getUnitPriceYen(), line.getQuantity());
    }

    public String text() {
        return name + " " + NumberFormat.getIntegerInstance(Locale.JAPAN).format(unitPriceYen) + "円 × " + quantity;
    }
}
