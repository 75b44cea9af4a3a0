package jp.tradecert.deposit;

/**
 * An entry that came in but cannot be applied, with the reason, e.g. a credit in a currency other
 * than yen or an entry the bank has not booked. It is reported to the chamber, never applied.
 */
public record NotApplicable(long position, String bankReference, String account, String amount, String currency,
        String reason) implements BankEntry {
}
