package jp.tradecert.ledger;

import java.io.Serializable;
import java.util.List;

/** A page of the coupon history, newest first, and where the next one starts (null: no more rows). */
public record HistoryPage(List<HistoryRow> rows, HistoryCursor next) implements Serializable {

    public HistoryPage {
        rows = List.copyOf(rows);
    }
}
