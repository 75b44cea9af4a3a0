package jp.tradecert.payment.card;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jp.tradecert.platform.RecurringRound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settles card payments whose outcome nobody reported: a notification lost, a buyer who closed the
 * tab, a provider that timed out. Every {@code coupons.card.janitor-seconds} (default 60) it asks the
 * provider about each payment due for a check; each payment backs off on its own.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CardJanitor extends RecurringRound {

    @EJB
    private CardPayments payments;

    @EJB
    private FeeCardPayments feePayments;

    @Inject
    @ConfigProperty(name = "coupons.card.janitor-seconds", defaultValue = "60")
    long intervalSeconds;

    @Override
    protected int round() {
        return payments.checkDuePayments() + feePayments.checkDuePayments();
    }

    @Override
    protected String name() {
        return "card-janitor";
    }

    @Override
    protected long intervalSeconds() {
        return intervalSeconds;
    }
}
