package jp.tradecert.account;

import java.time.LocalDate;
import jp.tradecert.platform.BusinessException;

/**
 * The company's trade registration (valid two years) has expired: it may neither buy coupons nor
 * apply for certificates until the chamber renews it. Its coupons stay its own.
 */
public class RegistrationExpiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RegistrationExpiredException(TradeRegistrationNumber number, LocalDate expiredOn) {
        super("The trade registration " + number + " expired on " + expiredOn, number.value(), expiredOn.toString());
    }
}
