package jp.tradecert.web.coupons;

import java.util.List;
import jp.tradecert.ledger.CouponHistory;
import jp.tradecert.ledger.HistoryCursor;
import jp.tradecert.ledger.HistoryRow;
import jp.tradecert.web.KeysetRows;

/**
 * The pages of one company's coupon history, newest first. The company is fixed by whoever makes it:
 * the signed-in applicant's own ({@link HistoryBacking}), or one the chamber's staff found in their own
 * chamber (the console's company page).
 */
public record CompanyHistoryPages(CouponHistory history, long companyId)
        implements KeysetRows.Pages<HistoryRow, HistoryCursor> {

    @Override
    public List<HistoryRow> read(HistoryCursor after, int size) {
        return history.page(companyId, after, size).rows();
    }

    @Override
    public long count() {
        return history.count(companyId);
    }

    @Override
    public HistoryCursor cursorOf(HistoryRow row) {
        return row.cursor();
    }

    @Override
    public String keyOf(HistoryRow row) {
        return row.cursor().token();
    }
}
