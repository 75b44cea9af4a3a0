package jp.tradecert.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseService;

/**
 * Job {@code order-expiry}: every bank-transfer order whose 30 days have passed unpaid is cancelled
 * (expired); its one-time account goes to quarantine and its buyer is told. It goes only as far as the
 * last night whose reconciliation succeeded ({@link NightlyRuns#expiryHorizon}): when that is not its
 * own night, it expires what it may and ends {@value NightlyRuns#WAITING}, and the watch runs it again
 * later. Its exit status says how many.
 */
@Named("OrderExpiry")
@Dependent
public class OrderExpiry extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(OrderExpiry.class.getName());

    @EJB
    private PurchaseService purchases;

    @EJB
    private NightlyRuns nightly;

    /** The night of a nightly run ({@link NightlyRuns#NIGHT}); absent when started otherwise: tonight. */
    @Inject
    @BatchProperty(name = NightlyRuns.NIGHT)
    private String night;

    @Override
    public String process() {
        LocalDate tonight = night == null || night.isBlank() ? nightly.tonight() : LocalDate.parse(night);
        Optional<LocalDate> horizon = nightly.expiryHorizon();
        if (horizon.isEmpty()) {
            LOG.warning(() -> "No reconciliation succeeded in the last month: no order expires");
            return NightlyRuns.WAITING + ": no reconciliation succeeded in the last month, no order expired";
        }
        LocalDate upTo = horizon.get().isAfter(tonight) ? tonight : horizon.get();
        List<PurchaseOrder> expired = purchases.expireOverdueOrders(upTo);
        LOG.info(() -> "Expired " + expired.size() + " unpaid bank-transfer orders (deadlines before " + upTo + ")");
        if (upTo.isBefore(tonight)) {
            return NightlyRuns.WAITING + " for the reconciliation of " + tonight + ": EXPIRED " + expired.size()
                    + " with deadlines before " + upTo;
        }
        return "EXPIRED " + expired.size();
    }
}
