package jp.tradecert.deposit;

/**
 * What a bank file says about money that came in: a deposit to apply (or to reverse), or an entry
 * the system cannot apply and must report (never drop silently), e.g. a credit in another currency.
 */
public sealed interface BankEntry permits Deposit, NotApplicable {

    /** Where in the file the entry stands (record or entry number, from 1): for errors and restarts. */
    long position();
}
