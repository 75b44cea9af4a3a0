package jp.tradecert.it;

import java.sql.SQLException;

/** What concurrency tests expect a racing call to fail with: a lock conflict, retried or tolerated. */
public final class Races {

    private Races() {
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
