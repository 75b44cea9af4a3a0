package jp.tradecert.sandbox.bank;

/** A bank-transfer order awaiting its deposit, as the application's operations API lists it. */
record AwaitedTransfer(String orderNumber, long amountYen, String accountNumber) {
}
