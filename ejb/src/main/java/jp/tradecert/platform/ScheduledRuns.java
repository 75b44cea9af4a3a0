package jp.tradecert.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The nightly runs: which server runs a job for a night, how often it was tried and how it ended.
 * Every server's timer fires; the primary key (job, night) lets exactly one claim succeed, so a job
 * runs once a night in a cluster, and a server restarted after the run does not run it again. A run
 * that failed (or whose server died) is claimed again by attempt number, so that again only one server
 * retries it. Each method commits on its own, at once: the claim must be seen by every other server
 * before the job starts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduledRuns {

    /** How a run ended. */
    public enum Outcome {
        COMPLETED, FAILED
    }

    /** A run of a job for a night, as the database has it now. */
    public record Run(String job, LocalDate night, String server, Instant claimedAt, Long executionId, int attempts,
            Outcome outcome, Instant endedAt, Instant bankFileAlertedAt) {

        public boolean isEnded() {
            return outcome != null;
        }
    }

    private static final String COLUMNS = "job_name, run_date, server, claimed_at, execution_id, attempts, outcome, ended_at,"
            + " bank_file_alerted_at";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Whether this server got the night's run of the job. Two servers inserting at the same instant:
     * the primary key refuses the second, whose call then fails (the caller takes that as "not mine").
     */
    public boolean claim(String job, LocalDate night, String server) {
        int inserted = em.createNativeQuery("insert into scheduled_run (job_name, run_date, claimed_at, server)"
                        + " select cast(? as varchar(64)), cast(? as date), cast(? as timestamp with time zone),"
                        + " cast(? as varchar(200)) where not exists (select 1 from scheduled_run"
                        + " where job_name = cast(? as varchar(64)) and run_date = cast(? as date))")
                .setParameter(1, job).setParameter(2, night)
                .setParameter(3, now()).setParameter(4, server)
                .setParameter(5, job).setParameter(6, night)
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * Whether this server got the next attempt of a run that failed: only one server's claim of attempt
     * {@code seen.attempts() + 1} succeeds. The run is open again until it ends.
     */
    public boolean claimRetry(Run seen, String server) {
        return em.createNativeQuery("update scheduled_run set attempts = attempts + 1, server = ?, claimed_at = ?,"
                        + " outcome = null, ended_at = null where job_name = ? and run_date = ? and attempts = ?"
                        + " and outcome = 'FAILED'")
                .setParameter(1, server).setParameter(2, now())
                .setParameter(3, seen.job()).setParameter(4, seen.night()).setParameter(5, seen.attempts())
                .executeUpdate() == 1;
    }

    /** Notes which batch execution the claimed run started. */
    public void started(String job, LocalDate night, long executionId) {
        em.createNativeQuery("update scheduled_run set execution_id = ? where job_name = ? and run_date = ?")
                .setParameter(1, executionId).setParameter(2, job).setParameter(3, night)
                .executeUpdate();
    }

    /** Notes how the run's attempt ended (once: an attempt already ended keeps its outcome). Answers whether this noted it. */
    public boolean ended(Run run, Outcome outcome) {
        return em.createNativeQuery("update scheduled_run set outcome = ?, ended_at = ? where job_name = ?"
                        + " and run_date = ? and attempts = ? and outcome is null")
                .setParameter(1, outcome.name()).setParameter(2, now())
                .setParameter(3, run.job()).setParameter(4, run.night()).setParameter(5, run.attempts())
                .executeUpdate() == 1;
    }

    /** Notes that the night's run of the job found the bank's file missing and alerted the staff (the first time). */
    public void bankFileMissing(String job, LocalDate night) {
        em.createNativeQuery("update scheduled_run set bank_file_alerted_at = ? where job_name = ? and run_date = ?"
                        + " and bank_file_alerted_at is null")
                .setParameter(1, now()).setParameter(2, job).setParameter(3, night)
                .executeUpdate();
    }

    public Optional<Run> find(String job, LocalDate night) {
        return runs("select " + COLUMNS + " from scheduled_run where job_name = ? and run_date = ?", job, night)
                .stream().findFirst();
    }

    /** The runs of the job for the nights from {@code from} to {@code to}, the latest first. */
    public List<Run> between(String job, LocalDate from, LocalDate to) {
        return runs("select " + COLUMNS + " from scheduled_run where job_name = ? and run_date >= ? and run_date <= ?"
                + " order by run_date desc", job, from, to);
    }

    /**
     * The runs of these jobs for the nights from {@code from} to {@code to} that have not ended well (open,
     * or failed), oldest first.
     */
    public List<Run> unfinished(Collection<String> jobs, LocalDate from, LocalDate to) {
        return runs("select " + COLUMNS + " from scheduled_run where run_date >= ? and run_date <= ?"
                + " and (outcome is null or outcome = 'FAILED') order by run_date, job_name", from, to)
                .stream().filter(run -> jobs.contains(run.job())).toList();
    }

    private List<Run> runs(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(ScheduledRuns::run).toList();
    }

    private static Run run(Object[] row) {
        return new Run((String) row[0], SqlDialect.localDate(row[1]), (String) row[2], SqlDialect.instant(row[3]),
                row[4] == null ? null : ((Number) row[4]).longValue(), ((Number) row[5]).intValue(),
                row[6] == null ? null : Outcome.valueOf((String) row[6]), SqlDialect.instant(row[7]),
                SqlDialect.instant(row[8]));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
