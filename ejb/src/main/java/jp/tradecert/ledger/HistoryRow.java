package jp.tradecert.ledger;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One row of the coupon history (クーポン履歴), with the manual's columns: operation, time, confirmed
 * flag, content, purchase / deposited / paid amounts, coupons bought, balance after the row, and the
 * row's PDF. Amounts that do not apply are null (shown empty); a pending order has no balance yet.
 * A 会議所操作 says why by a staff member's {@code note}, or by a {@code systemNote} put into words here.
 *
 * @param orderStatus for purchase rows, the order's status name (e.g. {@code PENDING_PAYMENT})
 */
public record HistoryRow(
        HistoryOperation operation,
        Instant at,
        boolean confirmed,
        String actorName,
        Long receiptNumber,
        String note,
        SystemNote systemNote,
        String noteArgument,
        Long purchaseYen,
        Long depositedYen,
        Long paidYen,
        int couponsBought,
        Long balanceAfter,
        HistoryDocument document,
        Long orderId,
        String orderStatus,
        HistoryCursor cursor) implements Serializable {

    /** The 内容 column, e.g. {@code クーポンを使用 ユーザ: カール・フリードリヒ・ツァイス 受付番号: 731}. */
    public String content(Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("jp.tradecert.ledger.History", locale,
                HistoryRow.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        return switch (operation) {
            case PURCHASE -> texts.getString("purchase").formatted(actorName);
            case USE -> texts.getString("use").formatted(actorName, receiptNumber);
            case RETURN -> texts.getString("return").formatted(receiptNumber);
            case CHAMBER_OPERATION -> systemNote == null ? note
                    : texts.getString("note." + systemNote.name()).formatted(noteArgument);
        };
    }
}
