package jp.tradecert.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.tradecert.account.ProposalStatus;
import jp.tradecert.account.Proposals;
import jp.tradecert.account.SignedInUser;

import java.sql.SQLException;

/** What concurrency tests expect a racing call to fail with: a lock conflict, retried or tolerated. */
public final class Races {

    private Races() {
    }

    /**
     * Has every supervisor approve the proposal at the same instant, each from its own thread. Each answer is
     * APPROVED, or (a loser of the race told its view was stale) an EJBException that changed nothing.
     */
    public static void approveAtOnce(Proposals proposals, List<SignedInUser> supervisors, long proposalId)
            throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(supervisors.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ProposalStatus>> answers = new ArrayList<>();
            for (SignedInUser each : supervisors) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return proposals.approve(each, proposalId).getStatus();
                }));
            }
            start.countDown();
            for (Future<ProposalStatus> answer : answers) {
                try {
                    assertThat(answer.get()).isEqualTo(ProposalStatus.APPROVED);
                } catch (ExecutionException lost) {
                    assertThat(lost.getCause()).isInstanceOf(EJBException.class);
                }
            }
        } finally {
            threads.shutdown();
        }
    }

    /** Whether {@code failure} (or a cause) is a lock conflict: optimistic, pessimistic, a timeout, a deadlock. */
    public static boolean isLockConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String type = cause.getClass().getSimpleName();
            if (type.equals("OptimisticLockException") || type.equals("PessimisticLockException")
                    || type.equals("LockTimeoutException")) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("HYT00"))) {
                return true;
            }
        }
        return false;
    }
}
