package jp.tradecert.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import jp.tradecert.deposit.BankFileWatch;
import jp.tradecert.platform.Clocks;

/**
 * The nightly run's check that the bank's file for the last business day came (after the inbox was
 * collected); a staff-started run skips it.
 */
@Named("BankFileArrival")
@Dependent
public class BankFileArrival extends AbstractBatchlet {

    @EJB
    private BankFileWatch watch;

    @Inject
    private Clock clock;

    @Inject
    @BatchProperty(name = "chamberId")
    private String chamberId;

    @Override
    public String process() {
        if (chamberId != null && !chamberId.isBlank()) {
            return "SKIPPED: started by chamber " + chamberId;
        }
        return watch.alertIfMissing(LocalDate.now(clock.withZone(Clocks.TOKYO))) ? "MISSING" : "OK";
    }
}
