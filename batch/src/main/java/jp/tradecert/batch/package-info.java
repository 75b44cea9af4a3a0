/**
 * Jakarta Batch jobs, their nightly schedule, and the one bean that starts, restarts and reports them.
 * Readers and writers do the I/O and hand each item to an ejb service, which joins the chunk's
 * transaction; the reconciliation's chunks run in partitions by account ({@link
 * jp.tradecert.batch.DepositShares}). The job repository lives in the application's database.
 */
package jp.tradecert.batch;
