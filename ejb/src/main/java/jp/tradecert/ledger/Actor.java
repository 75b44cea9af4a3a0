package jp.tradecert.ledger;

/**
 * Who caused a change, as the ledger records it: an account and its name at the time (the history
 * shows the name, which must not change when the account's does later), or the system itself (a
 * nightly job) with no account.
 */
public record Actor(Long accountId, String name) {

    public static final Actor SYSTEM = new Actor(null, null);

    public static Actor of(long accountId, String name) {
        return new Actor(accountId, name);
    }
}
