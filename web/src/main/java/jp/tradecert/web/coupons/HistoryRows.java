package jp.tradecert.web.coupons;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.tradecert.ledger.CouponHistory;
import jp.tradecert.ledger.HistoryCursor;
import jp.tradecert.ledger.HistoryPage;
import jp.tradecert.ledger.HistoryRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The coupon history as the paged table asks for it (by row offset), read by keyset: the cursor where
 * each page seen so far ends is remembered, so the next page, or any page already passed, costs one
 * small query; a jump ahead walks forward from the nearest known cursor.
 */
class HistoryRows extends LazyDataModel<HistoryRow> {

    private static final long serialVersionUID = 1L;

    /** Reads a page: (cursor to start after, null for the newest; size). */
    interface Pages extends java.io.Serializable {
        HistoryPage read(HistoryCursor after, int size);

        long count();
    }

    private final Pages pages;
    /** Row offset → the cursor of the row just before it (offset 0: none). */
    private final TreeMap<Integer, HistoryCursor> starts = new TreeMap<>();

    HistoryRows(Pages pages) {
        this.pages = pages;
        starts.put(0, null);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, pages.count());
    }

    @Override
    public List<HistoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        Map.Entry<Integer, HistoryCursor> known = starts.floorEntry(first);
        int offset = known.getKey();
        HistoryCursor cursor = known.getValue();
        while (offset < first) {
            HistoryPage skipped = pages.read(cursor, Math.min(first - offset, CouponHistory.MAX_PAGE));
            if (skipped.rows().isEmpty()) {
                return List.of();
            }
            offset += skipped.rows().size();
            cursor = skipped.rows().get(skipped.rows().size() - 1).cursor();
            starts.put(offset, cursor);
        }
        HistoryPage page = pages.read(cursor, pageSize);
        if (!page.rows().isEmpty()) {
            starts.put(first + page.rows().size(), page.rows().get(page.rows().size() - 1).cursor());
        }
        return page.rows();
    }

    @Override
    public String getRowKey(HistoryRow row) {
        return row.cursor().token();
    }

    @Override
    public HistoryRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> row.cursor().token().equals(rowKey)).findFirst().orElse(null);
    }

}
