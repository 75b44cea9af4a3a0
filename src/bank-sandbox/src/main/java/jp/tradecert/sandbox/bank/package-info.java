/**
 * The bank's sandbox: writes the deposit files a bank would send for a chamber's awaited transfers,
 * in each of the formats the reconciliation reads, with the outcome asked for (exact, over, under,
 * unknown account, duplicate file, cancellation).
 */
package jp.tradecert.sandbox.bank;
