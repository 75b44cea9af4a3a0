package jp.tradecert.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseService;

/**
 * Job {@code order-expiry}: every bank-transfer order whose 30 days have passed unpaid is cancelled
 * (expired); its one-time account goes to quarantine and its buyer is told. Its exit status says how
 * many.
 */
@Named("OrderExpiry")
@Dependent
public class OrderExpiry extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(OrderExpiry.class.getName());

    @EJB
    private PurchaseService purchases;

    @Override
    public String process() {
        List<PurchaseOrder> expired = purchases.expireOverdueOrders();
        LOG.info(() -> "Expired " + expired.size() + " unpaid bank-transfer orders");
        return "EXPIRED " + expired.size();
    }
}
