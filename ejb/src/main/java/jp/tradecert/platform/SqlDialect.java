package jp.tradecert.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * The few places where PostgreSQL and H2 spell the same thing differently. The hot paths change a row
 * and read it back in one statement ({@code UPDATE ... RETURNING} on PostgreSQL, {@code SELECT ... FROM
 * FINAL TABLE (UPDATE ...)} on H2), which saves a round trip while a row lock is held.
 */
@ApplicationScoped
public class SqlDialect {

    @Resource(lookup = "jdbc/coupons")
    private DataSource dataSource;

    private volatile Boolean postgres;

    /** An update that answers the given columns of the rows it changed. */
    public String updateReturning(String update, String columns) {
        return isPostgres() ? update + " returning " + columns
                : "select " + columns + " from final table (" + update + ")";
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try (Connection connection = dataSource.getConnection()) {
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database this is", e);
            }
        }
        return postgres;
    }

    /**
     * {@code text} as a LIKE pattern that finds it anywhere, its wildcards escaped by a backslash (the
     * statement says {@code escape '\'}).
     */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A time read by a native query, whichever type the driver gave it; null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("Not a time: " + value);
    }

    /** A date read by a native query, whichever type the driver gave it. */
    public static LocalDate localDate(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        throw new IllegalStateException("Not a date: " + value);
    }
}
