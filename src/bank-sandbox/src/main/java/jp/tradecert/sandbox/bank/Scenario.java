package jp.tradecert.sandbox.bank;

import java.util.ArrayList;
import java.util.List;

/** What the buyers did: the credits a file reports for the awaited transfers. */
enum Scenario {
    /** Each awaited transfer paid to the yen. */
    EXACT,
    /** Each paid ¥1,000 too much. */
    OVER,
    /** Each paid ¥1,000 too little (at least ¥1). */
    UNDER,
    /** One ¥10,000 transfer to an account number nobody was given. */
    UNKNOWN,
    /** Each paid exactly, and the same file sent twice. */
    DUPLICATE,
    /** Each paid exactly, then the transfer cancelled (組戻し) in the same file. */
    CANCELLATION;

    static final String UNKNOWN_ACCOUNT = "9999999";
    private static final String REMITTER = "ｶ)ｻﾝﾌﾟﾙﾎﾞｳｴｷ";

    List<Credit> credits(List<AwaitedTransfer> awaited) {
        List<Credit> credits = new ArrayList<>();
        if (this == UNKNOWN) {
            credits.add(new Credit(UNKNOWN_ACCOUNT, 10_000, REMITTER, false));
            return credits;
        }
        for (AwaitedTransfer transfer : awaited) {
            long amount = switch (this) {
                case OVER -> transfer.amountYen() + 1_000;
                case UNDER -> Math.max(1, transfer.amountYen() - 1_000);
                default -> transfer.amountYen();
            };
            credits.add(new Credit(transfer.accountNumber(), amount, REMITTER, false));
            if (this == CANCELLATION) {
                credits.add(new Credit(transfer.accountNumber(), amount, REMITTER, true));
            }
        }
        return credits;
    }
}
