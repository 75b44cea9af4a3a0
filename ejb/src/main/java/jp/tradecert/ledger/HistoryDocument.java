package jp.tradecert.ledger;

/** The PDF a history row links to. */
public enum HistoryDocument {
    /** 振込依頼書: a bank-transfer order's transfer request form. */
    TRANSFER_REQUEST,
    /** 利用明細(控): a paid card order's statement. */
    CARD_STATEMENT
}
