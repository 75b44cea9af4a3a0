package jp.tradecert.batch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import jp.tradecert.it.Await;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;

/** Jobs run through {@link BatchJobs}, and the job repository is the application's own database. */
@IntegrationTest
class BatchRepositoryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        // the job goes where the batch module's class loader finds jobs: a library of the EAR
        return Deployments.withTests(BatchRepositoryIT.class)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "it-probe-job.jar")
                        .addClass(ProbeBatchlet.class)
                        .addAsResource("batch/it-probe.xml", "META-INF/batch-jobs/it-probe.xml"));
    }

    @EJB
    private BatchJobs jobs;

    @Inject
    private Database database;

    @Test
    void aJobRunsAndIsRecordedInTheApplicationDatabase() throws InterruptedException {
        long execution = jobs.start("it-probe", new Properties());

        assertThat(Await.jobEnd(jobs, execution, Duration.ofSeconds(60))).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jobs.steps(execution))
                .extracting(StepExecution::getExitStatus).containsExactly("PROBED");
        assertThat(database.count("select count(*) from executioninstancedata where jobexecid = ?", execution))
                .isOne();
    }
}
