/**
 * Deposit notifications from the bank and what becomes of them: the parsers of the formats banks
 * deliver (Zengin 振込入金通知 and 入出金取引明細, ISO 20022 camt.054), all streaming and all producing
 * the same {@link jp.tradecert.deposit.Deposit} record, checked whole before anything is applied; the
 * files received; each deposit applied once to the order whose one-time account it went to, by the
 * manual's rules (exact, over, under, late, unknown account, cancellation); the bank-holiday calendar
 * and the alert when a business day brought no file.
 */
package jp.tradecert.deposit;
