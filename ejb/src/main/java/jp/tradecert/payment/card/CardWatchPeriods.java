package jp.tradecert.payment.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long the provider's page lets a payer pay, and how long a payment is watched after it. */
@ApplicationScoped
public class CardWatchPeriods {

    /**
     * How long the provider's page lets a buyer pay (the sandbox's is 30 minutes); once it has passed,
     * "not paid" means the payment failed.
     */
    @Inject
    @ConfigProperty(name = "coupons.card.page-lifetime-minutes", defaultValue = "60")
    long pageLifetimeMinutes;

    /**
     * How long a payment whose page expired unpaid is still asked about (later and later): the
     * provider's "not paid" is final only then, so a charge that comes late is still caught.
     */
    @Inject
    @ConfigProperty(name = "coupons.card.watch-days", defaultValue = "7")
    long watchDays;

    public Duration pageLifetime() {
        return Duration.ofMinutes(pageLifetimeMinutes);
    }

    public Duration watchPeriod() {
        return Duration.ofDays(watchDays);
    }
}
