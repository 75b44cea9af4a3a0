package jp.tradecert.web.coupons;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.tradecert.ledger.HistoryRow;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.web.LocaleSelection;
import jp.tradecert.web.Messages;

/** How a coupon history row reads, the same for the applicant and for the chamber's staff. */
@Named
@RequestScoped
public class HistoryTexts {

    @Inject
    private LocaleSelection localeSelection;

    public String operationName(HistoryRow row) {
        return Messages.text("HistoryOperation." + row.operation().name());
    }

    /** The 内容 column; an order that ended without coupons says how (cancelled, expired, ...). */
    public String content(HistoryRow row) {
        String content = row.content(localeSelection.getLocale());
        if (row.orderStatus() == null) {
            return content;
        }
        OrderStatus status = OrderStatus.valueOf(row.orderStatus());
        return status.isOpen() || status == OrderStatus.PAID ? content
                : content + " (" + Messages.text("OrderStatus." + status.name()) + ")";
    }
}
