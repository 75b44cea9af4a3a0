package jp.tradecert.deposit;

/** Where a received bank file stands. */
public enum FileStatus {
    /** Checked whole and found sound; waiting to be applied. */
    ACCEPTED,
    /** The same content was received before: recorded, never applied. */
    DUPLICATE,
    /** Malformed: nothing of it is applied; the errors say where. */
    REJECTED,
    /** Every entry has been applied. */
    APPLIED
}
