package jp.tradecert.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Which server runs a nightly job: the first to claim the (job, night) pair in the database. Every
 * server's timer fires; the primary key lets exactly one claim succeed, so a job runs once a night
 * in a cluster, and a server restarted after the run does not run it again.
 */
@Stateless
public class ScheduledRuns {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Whether this server got the night's run of the job, in a transaction of its own committed at
     * once. Two servers inserting at the same instant: the primary key refuses the second, whose call
     * then fails (the caller takes that as "not mine").
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate night, String server) {
        int inserted = em.createNativeQuery("insert into scheduled_run (job_name, run_date, claimed_at, server)"
                        + " select cast(? as varchar(64)), cast(? as date), cast(? as timestamp with time zone),"
                        + " cast(? as varchar(200)) where not exists (select 1 from scheduled_run"
                        + " where job_name = cast(? as varchar(64)) and run_date = cast(? as date))")
                .setParameter(1, job).setParameter(2, night)
                .setParameter(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).setParameter(4, server)
                .setParameter(5, job).setParameter(6, night)
                .executeUpdate();
        return inserted == 1;
    }

    /** Notes which batch execution the claimed run started. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void started(String job, LocalDate night, long executionId) {
        em.createNativeQuery("update scheduled_run set execution_id = ? where job_name = ? and run_date = ?")
                .setParameter(1, executionId).setParameter(2, job).setParameter(3, night)
                .executeUpdate();
    }
}
