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
import jp.tradecert.platform.ScheduledRuns;

/**
 * The nightly run's check that the bank's file for the last business day came (after the inbox was
 * collected); a staff-started run skips it. A file missing on a night is noted on that night's run.
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

    /** The night of a nightly run ({@link NightlyRuns#NIGHT}); absent when started otherwise: tonight. */
    @Inject
    @BatchProperty(name = NightlyRuns.NIGHT)
    private String night;

    @EJB
    private ScheduledRuns runs;

    @Override
    public String process() {
        if (chamberId != null && !chamberId.isBlank()) {
            return "SKIPPED: started by chamber " + chamberId;
        }
        boolean nightly = night != null && !night.isBlank();
        LocalDate day = nightly ? LocalDate.parse(night) : LocalDate.now(clock.withZone(Clocks.TOKYO));
        if (!watch.alertIfMissing(day)) {
            return "OK";
        }
        if (nightly) {
            // holds order expiry back until the staff had time to bring the file (NightlyRuns.expiryHorizon)
            runs.bankFileMissing(NightlyRuns.RECONCILIATION, day);
        }
        return "MISSING";
    }
}
