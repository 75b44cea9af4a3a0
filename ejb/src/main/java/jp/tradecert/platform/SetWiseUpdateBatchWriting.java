package jp.tradecert.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.exceptions.OptimisticLockException;
import org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.databaseaccess.ParameterizedSQLBatchWritingMechanism;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.platform.database.DatabasePlatform;

/**
 * EclipseLink's JDBC batch writing (persistence.xml names this class), except that on PostgreSQL a
 * batch of like updates is sent as one statement ({@link SetWiseUpdate}). Why: PostgreSQL prepares a
 * table's check constraints again for every statement it executes, and a batch is as many statements
 * as rows. The reconciliation updates an order, a wallet and an account per deposit; an order's update
 * alone cost 108 µs as a statement of its own (about 60 of them for its twelve checks) and 25 µs as one
 * row of a set-wise update (measured with pg_stat_statements and EXPLAIN ANALYZE on a benchmark
 * database, PostgreSQL 15). Inserts need nothing of this: the driver already sends a batch of them as
 * multi-row inserts ({@code reWriteBatchedInserts}). The optimistic lock stays checked: the statement
 * must change as many rows as the batch has, or the transaction fails as with one update each.
 */
public class SetWiseUpdateBatchWriting extends ParameterizedSQLBatchWritingMechanism {

    private static final long serialVersionUID = 1L;
    private static final String COLUMN_TYPES = "select attname, format_type(atttypid, atttypmod) from pg_attribute"
            + " where attrelid = cast(? as regclass) and attnum > 0 and not attisdropped";
    private static final Map<String, Map<String, String>> TYPES_BY_TABLE = new ConcurrentHashMap<>();

    /** EclipseLink makes one of these from persistence.xml, then a copy for each connection. */
    public SetWiseUpdateBatchWriting() {
        this.parameters = new ArrayList<>();
    }

    @Override
    public void setAccessor(DatabaseAccessor accessor, AbstractSession session) {
        super.setAccessor(accessor, session);
        // each connection's copy batches on its own (a copy would otherwise share the original's list)
        this.parameters = new ArrayList<>();
        int size = session.getPlatform().getMaxBatchWritingSize();
        this.maxBatchSize = size > 0 ? size : DatabasePlatform.DEFAULT_PARAMETERIZED_MAX_BATCH_WRITING_SIZE;
    }

    @Override
    public void executeBatchedStatements(AbstractSession session) {
        Optional<SetWiseUpdate> update = parameters.size() > 1 && session.getPlatform().isPostgreSQL()
                ? SetWiseUpdate.of(previousCall.getSQLString()) : Optional.empty();
        if (update.isEmpty()) {
            super.executeBatchedStatements(session);
            return;
        }
        // the accessor takes its connection on its first call of the transaction: this may be it
        databaseAccessor.incrementCallCount(session);
        try {
            Map<String, String> types = columnTypes(update.get().table(), session);
            if (!update.get().fits(parameters, types)) {
                super.executeBatchedStatements(session);
                return;
            }
            DatabaseCall call = previousCall;
            List<List> rows = parameters;
            clear();
            execute(update.get(), types, call, rows, session);
        } finally {
            databaseAccessor.decrementCallCount();
        }
    }

    private void execute(SetWiseUpdate update, Map<String, String> types, DatabaseCall call, List<List> rows,
                         AbstractSession session) {
        try (PreparedStatement statement = databaseAccessor.getConnection().prepareStatement(
                update.sql(rows.size(), types))) {
            int index = 1;
            for (List<?> row : rows) {
                for (Object value : row) {
                    session.getPlatform().setParameterValueInDatabaseCall(value, statement, index++, session);
                }
            }
            int changed = statement.executeUpdate();
            if (call.hasOptimisticLock() && changed != rows.size()) {
                throw OptimisticLockException.batchStatementExecutionFailure();
            }
        } catch (SQLException e) {
            throw DatabaseException.sqlException(e, databaseAccessor, session, false);
        }
    }

    /** The table's columns and their types, read once (the schema changes only with a migration). */
    private Map<String, String> columnTypes(String table, AbstractSession session) {
        Map<String, String> known = TYPES_BY_TABLE.get(table);
        if (known != null) {
            return known;
        }
        Map<String, String> types = new HashMap<>();
        Connection connection = databaseAccessor.getConnection();
        try (PreparedStatement query = connection.prepareStatement(COLUMN_TYPES)) {
            query.setString(1, table);
            try (ResultSet columns = query.executeQuery()) {
                while (columns.next()) {
                    types.put(columns.getString(1), columns.getString(2));
                }
            }
        } catch (SQLException e) {
            throw DatabaseException.sqlException(e, databaseAccessor, session, false);
        }
        TYPES_BY_TABLE.put(table, Map.copyOf(types));
        return types;
    }
}
