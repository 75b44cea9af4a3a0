package jp.tradecert.purchase;

import java.util.Objects;
import jp.tradecert.ledger.Wallet;
import jp.tradecert.payment.VirtualAccount;

/**
 * An order that the caller's transaction holds locked, together with what closing it changes, locked
 * in the order every change takes them: the order, then its company's wallet, then its one-time
 * account. Only {@link PurchaseService} makes one (its lock methods), so a method that takes one
 * knows the locks are held and takes none itself: the nightly reconciliation locks a whole chunk's
 * orders this way in a few statements.
 */
public final class LockedOrder {

    private final PurchaseOrder order;
    /** Null once the order is closed: nothing of the wallet changes any more. */
    private final Wallet wallet;
    /** The one-time account the order holds open; null for a card order or a closed one. */
    private final VirtualAccount account;

    LockedOrder(PurchaseOrder order, Wallet wallet, VirtualAccount account) {
        this.order = Objects.requireNonNull(order);
        this.wallet = wallet;
        this.account = account;
    }

    public PurchaseOrder order() {
        return order;
    }

    Wallet wallet() {
        if (wallet == null) {
            throw new IllegalStateException("Order " + order.getId() + " was locked closed: its wallet is not held");
        }
        return wallet;
    }

    VirtualAccount account() {
        return account;
    }
}
