package jp.tradecert.web.applications;

import java.io.Serializable;
import jp.tradecert.application.GoodsLine;

/** One goods line of the request form as typed: marks and numbers, description, quantity, HS code. */
public class GoodsRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String marks;
    private String description;
    private String quantity;
    private String hsCode;

    GoodsRow() {
    }

    GoodsRow(GoodsLine line) {
        marks = line.marksAndNumbers();
        description = line.description();
        quantity = line.quantity();
        hsCode = line.hsCode();
    }

    public String getMarks() {
        return marks;
    }

    public void setMarks(String marks) {
        this.marks = marks;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getQuantity() {
        return quantity;
    }

    public void setQuantity(String quantity) {
        this.quantity = quantity;
    }

    public String getHsCode() {
        return hsCode;
    }

    public void setHsCode(String hsCode) {
        this.hsCode = hsCode;
    }
}
