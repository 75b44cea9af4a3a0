package jp.tradecert.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the issued certificate itself states, as the applicant fills it in: the consignee, the means of
 * transport and route, the invoice, the goods (one or more lines) and the country of origin. Each value
 * is checked here against what its column and the printed box can hold.
 */
public record CertificateContent(
        String consigneeName,
        String consigneeAddress,
        String portOfLoading,
        String portOfDischarge,
        String vesselOrFlight,
        LocalDate sailingDate,
        String invoiceNumber,
        LocalDate invoiceDate,
        String originCountry,
        List<GoodsLine> goods) implements Serializable {

    /** The most goods lines one certificate lists. */
    public static final int MAX_GOODS_LINES = 30;

    public CertificateContent {
        consigneeName = FormText.required(consigneeName, "consigneeName", 200);
        consigneeAddress = FormText.requiredLines(consigneeAddress, "consigneeAddress", 400);
        portOfLoading = FormText.required(portOfLoading, "portOfLoading", 100);
        portOfDischarge = FormText.required(portOfDischarge, "portOfDischarge", 100);
        vesselOrFlight = FormText.required(vesselOrFlight, "vesselOrFlight", 100);
        if (sailingDate == null) {
            throw new InvalidFieldException("sailingDate", InvalidFieldException.Problem.REQUIRED);
        }
        invoiceNumber = FormText.required(invoiceNumber, "invoiceNumber", 60);
        if (invoiceDate == null) {
            throw new InvalidFieldException("invoiceDate", InvalidFieldException.Problem.REQUIRED);
        }
        if (originCountry == null || !Countries.isKnown(originCountry)) {
            throw new InvalidFieldException("originCountry", originCountry == null
                    ? InvalidFieldException.Problem.REQUIRED : InvalidFieldException.Problem.UNKNOWN);
        }
        goods = checked(goods);
    }

    private static List<GoodsLine> checked(List<GoodsLine> goods) {
        if (goods == null || goods.isEmpty() || goods.size() > MAX_GOODS_LINES) {
            throw new InvalidFieldException("goods", InvalidFieldException.Problem.COUNT, MAX_GOODS_LINES);
        }
        return List.copyOf(goods);
    }

    /**
     * One goods line from what the form's row holds, each value checked as a field of its own
     * ({@code goodsDescription} …), so that a bad one is shown at its row.
     */
    public static GoodsLine goodsLine(String marksAndNumbers, String description, String quantity, String hsCode) {
        String marks = FormText.optional(marksAndNumbers, "goodsMarks", 200);
        String what = FormText.requiredLines(description, "goodsDescription", 400);
        String howMuch = FormText.required(quantity, "goodsQuantity", 60);
        String code = FormText.optional(hsCode, "goodsHsCode", 13);
        try {
            return new GoodsLine(marks, what, howMuch, code);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("goodsHsCode", InvalidFieldException.Problem.UNKNOWN);
        }
    }
}
