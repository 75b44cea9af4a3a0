package jp.tradecert.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The smallest job step: proves that jobs run and are recorded in the application's database. */
@Named("ProbeBatchlet")
@Dependent
public class ProbeBatchlet extends AbstractBatchlet {

    @Override
    public String process() {
        return "PROBED";
    }
}
