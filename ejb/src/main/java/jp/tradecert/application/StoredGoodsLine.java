package jp.tradecert.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A goods line as its row of {@code application_goods_line} holds it (JPA 3.1 maps no records). */
@Embeddable
class StoredGoodsLine {

    @Column(name = "marks", nullable = false)
    private String marks;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String quantity;

    @Column(name = "hs_code")
    private String hsCode;

    protected StoredGoodsLine() {
    }

    StoredGoodsLine(GoodsLine line) {
        this.marks = line.marksAndNumbers();
        this.description = line.description();
        this.quantity = line.quantity();
        this.hsCode = line.hsCode();
    }

    GoodsLine line() {
        return new GoodsLine(marks, description, quantity, hsCode);
    }
}
