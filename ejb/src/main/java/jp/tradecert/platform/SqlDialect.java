package jp.tradecert.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
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
}
