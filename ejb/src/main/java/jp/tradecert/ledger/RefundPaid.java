package jp.tradecert.ledger;

/**
 * Fired (a CDI event, in the transaction that records it) when a refund has been marked paid, so that
 * the owner of what it was owed for tells its payer: the purchase package mails the order's buyer who
 * asked for mail. The ledger knows ids, not orders or their buyers.
 */
public record RefundPaid(RefundDue refund) {
}
