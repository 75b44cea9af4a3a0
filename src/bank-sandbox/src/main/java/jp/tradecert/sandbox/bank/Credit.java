package jp.tradecert.sandbox.bank;

/** One credit the bank reports: to which account, how much, from whom, and whether it is a cancellation. */
record Credit(String account, long amountYen, String remitter, boolean cancellation) {
}
