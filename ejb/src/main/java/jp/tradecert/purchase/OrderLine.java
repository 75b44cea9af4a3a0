package jp.tradecert.purchase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jp.tradecert.catalog.Product;

/** So many of one product at its price on the order date, e.g. {@code 30枚綴りクーポン 31,900円 × 2}. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private PurchaseOrder order;

    @Column(name = "line_number", nullable = false, updatable = false)
    private int lineNumber;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "product_code", nullable = false, updatable = false)
    private Product product;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price_yen", nullable = false, updatable = false)
    private long unitPriceYen;

    @Column(nullable = false, updatable = false)
    private int coupons;

    @Column(name = "amount_yen", nullable = false, updatable = false)
    private long amountYen;

    protected OrderLine() {
    }

    OrderLine(PurchaseOrder order, int lineNumber, Product product, int quantity, long unitPriceYen) {
        this.order = order;
        this.lineNumber = lineNumber;
        this.product = product;
        this.quantity = quantity;
        this.unitPriceYen = unitPriceYen;
        this.coupons = Math.multiplyExact(quantity, product.getCoupons());
        this.amountYen = Math.multiplyExact(quantity, unitPriceYen);
    }

    public Long getId() {
        return id;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public Product getProduct() {
        return product;
    }

    public int getQuantity() {
        return quantity;
    }

    public long getUnitPriceYen() {
        return unitPriceYen;
    }

    public int getCoupons() {
        return coupons;
    }

    public long getAmountYen() {
        return amountYen;
    }
}
