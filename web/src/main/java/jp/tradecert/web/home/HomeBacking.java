package jp.tradecert.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.web.CurrentUser;

/** The home page. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private CurrentUser currentUser;

    @EJB
    private LedgerService ledger;

    private Long couponBalance;

    /** The company's coupon balance (クーポン残数), read once per request. */
    public long getCouponBalance() {
        if (couponBalance == null) {
            couponBalance = ledger.balanceOf(currentUser.get().companyId());
        }
        return couponBalance;
    }
}
