package jp.tradecert.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Leases that keep two runs of one batch job from overlapping anywhere in a cluster. A run takes its
 * job's lease before it starts, under a token of its own, and renews it while it works; the lease is
 * free again when its run has ended, or when it was not renewed for {@code coupons.schedule.lease-seconds}
 * (900, a quarter of an hour): its server died. Taking is a compare-and-set on the previous holder's
 * token, so of two servers that saw the lease free, one gets it. Each method commits on its own, at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

    /** Who holds a job's lease now, if anyone ever did. */
    public record Lease(String job, String holder, String server, Long executionId, Instant until) {

        public boolean isRunOut(Instant now) {
            return holder == null || until == null || !until.isAfter(now);
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    // in seconds, not minutes: the crash drill's leases last half a minute, so that its restarts take little time
    @ConfigProperty(name = "coupons.schedule.lease-seconds", defaultValue = "900")
    long leaseSeconds;

    /** The job's lease; a job without one (not a job that needs it) answers empty. */
    public Optional<Lease> find(String job) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select job_name, holder, server, execution_id, lease_until"
                        + " from job_lease where job_name = ?")
                .setParameter(1, job)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Lease((String) row[0], (String) row[1], (String) row[2],
                row[3] == null ? null : ((Number) row[3]).longValue(), SqlDialect.instant(row[4])));
    }

    /**
     * Takes the lease from {@code previous} (as read: its holder, possibly none) for {@code token};
     * answers whether this got it. The caller has made sure the previous run ended or ran out.
     */
    public boolean take(Lease previous, String token, String server) {
        String sameHolder = previous.holder() == null ? "holder is null" : "holder = ?";
        var update = em.createNativeQuery("update job_lease set holder = ?, server = ?, execution_id = null,"
                        + " taken_at = ?, lease_until = ? where job_name = ? and " + sameHolder)
                .setParameter(1, token).setParameter(2, server).setParameter(3, now())
                .setParameter(4, until()).setParameter(5, previous.job());
        if (previous.holder() != null) {
            update.setParameter(6, previous.holder());
        }
        return update.executeUpdate() == 1;
    }

    /** Notes the execution that holds the lease. */
    public void started(String job, String token, long executionId) {
        em.createNativeQuery("update job_lease set execution_id = ? where job_name = ? and holder = ?")
                .setParameter(1, executionId).setParameter(2, job).setParameter(3, token)
                .executeUpdate();
    }

    /**
     * Renews the lease of a run that is still working; answers false when it is no longer the
     * holder's (it ran out and another run took it), and the run must stop.
     */
    public boolean renew(String job, String token) {
        return em.createNativeQuery("update job_lease set lease_until = ? where job_name = ? and holder = ?")
                .setParameter(1, until()).setParameter(2, job).setParameter(3, token)
                .executeUpdate() == 1;
    }

    /** Gives the lease up at once (a start that failed). */
    public void release(String job, String token) {
        em.createNativeQuery("update job_lease set lease_until = ? where job_name = ? and holder = ?")
                .setParameter(1, now()).setParameter(2, job).setParameter(3, token)
                .executeUpdate();
    }

    /** How long a lease lasts unrenewed. */
    public Duration duration() {
        return Duration.ofSeconds(leaseSeconds);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private OffsetDateTime until() {
        return OffsetDateTime.ofInstant(clock.instant().plus(duration()), ZoneOffset.UTC);
    }
}
