package jp.tradecert.web.coupons;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.ledger.CouponHistory;
import jp.tradecert.ledger.HistoryCursor;
import jp.tradecert.ledger.HistoryRow;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.Wallet;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.KeysetRows;
import jp.tradecert.web.Messages;

/**
 * クーポン履歴: the balance, the coupons in open orders, and the company's history, newest first, a
 * page at a time (read by keyset, see {@link KeysetRows}). Each purchase row links to its order and,
 * where one can be printed, to its PDF.
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private LedgerService ledger;

    @EJB
    private CouponHistory history;

    private long balance;
    private long pendingCoupons;
    private String refusalMessage;
    private KeysetRows<HistoryRow, HistoryCursor> rows;

    @PostConstruct
    void load() {
        try {
            CouponsNotAllowedException.check(currentUser.get());
        } catch (CouponsNotAllowedException e) {
            refusalMessage = Messages.text(e.messageKey(), e.arguments());
            return;
        }
        // the wallet, not the purchase offer: a company whose registration lapsed still sees its history
        Wallet wallet = ledger.walletOf(currentUser.get().companyId());
        balance = wallet.getBalance();
        pendingCoupons = wallet.getPendingCoupons();
        rows = new KeysetRows<>(new CompanyHistoryPages(history, currentUser.get().companyId()),
                CouponHistory.MAX_PAGE);
    }

    public boolean isRefused() {
        return refusalMessage != null;
    }

    public String getRefusalMessage() {
        return refusalMessage;
    }

    public long getBalance() {
        return balance;
    }

    public long getPendingCoupons() {
        return pendingCoupons;
    }

    public KeysetRows<HistoryRow, HistoryCursor> getRows() {
        return rows;
    }
}
