package jp.tradecert.deposit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One deposit as every format reports it: to which account, how much (yen), on which day (勘定日,
 * the settlement date of an order it pays) and value date (起算日), from whom (the remitter's name,
 * half-width kana and often truncated: shown, never matched on), and under which bank reference. A
 * cancellation reverses the deposit of the same reference.
 *
 * @param bankReference unique per bank and account: the bank's inquiry number with the date and the
 *     account (Zengin), or the servicer's reference (camt.054); a record is applied at most once by it
 */
public record Deposit(
        DepositFormat format,
        long position,
        String bankReference,
        String bankCode,
        String branchCode,
        String account,
        long amountYen,
        LocalDate depositDate,
        LocalDate valueDate,
        String remitterName,
        boolean cancellation) implements BankEntry {

    public Deposit {
        Objects.requireNonNull(format);
        Objects.requireNonNull(bankReference);
        Objects.requireNonNull(account);
        Objects.requireNonNull(depositDate);
        if (amountYen <= 0) {
            throw new IllegalArgumentException("A deposit is a positive number of yen: " + amountYen);
        }
        valueDate = valueDate == null ? depositDate : valueDate;
        remitterName = remitterName == null ? "" : remitterName.strip();
    }
}
