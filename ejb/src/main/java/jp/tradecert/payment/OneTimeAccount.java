package jp.tradecert.payment;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The one-time account (ワンタイム口座) a buyer transfers to, as the order page, the mail and the
 * transfer request form show it: bank, branch, 7-digit number, holder, and the last day to pay.
 */
public record OneTimeAccount(String bankCode, String bankName, String branchCode, String branchName,
        String number, String holderName, LocalDate expiresOn) implements Serializable {
}
