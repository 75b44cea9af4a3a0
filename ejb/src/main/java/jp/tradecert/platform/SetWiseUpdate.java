package jp.tradecert.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A batch of like single-row updates, as EclipseLink writes them ({@code UPDATE t SET a = ?, b = ? WHERE
 * ((ID = ?) AND (VERSION = ?))}, once per changed row), rewritten as one PostgreSQL statement that
 * changes every row of the batch: {@code UPDATE t SET a = v.s0, b = v.s1 FROM (VALUES (?, ?, ?, ?), ...)
 * AS v(s0, s1, k0, k1) WHERE t.id = v.k0 AND t.version = v.k1}. Only that plain shape is rewritten
 * (every assignment and every condition a column and one parameter); anything else is left alone.
 */
final class SetWiseUpdate {

    private static final Pattern UPDATE = Pattern.compile("UPDATE (\\w+) SET (.+) WHERE (.+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COLUMN_IS_PARAMETER = Pattern.compile("\\(*(\\w+) = \\?\\)*");
    /** PostgreSQL's protocol counts a statement's parameters in 16 bits. */
    static final int MAX_PARAMETERS = 32_767;

    private final String table;
    private final List<String> assigned;
    private final List<String> keys;

    private SetWiseUpdate(String table, List<String> assigned, List<String> keys) {
        this.table = table;
        this.assigned = assigned;
        this.keys = keys;
    }

    /** The update, if it has the plain shape this rewrites. */
    static Optional<SetWiseUpdate> of(String sql) {
        Matcher update = UPDATE.matcher(sql.strip());
        if (!update.matches()) {
            return Optional.empty();
        }
        Optional<List<String>> assigned = columns(update.group(2).split(", "));
        Optional<List<String>> keys = columns(update.group(3).split(" AND "));
        if (assigned.isEmpty() || keys.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SetWiseUpdate(update.group(1).toLowerCase(Locale.ROOT), assigned.get(), keys.get()));
    }

    private static Optional<List<String>> columns(String[] parts) {
        List<String> columns = new ArrayList<>();
        for (String part : parts) {
            Matcher column = COLUMN_IS_PARAMETER.matcher(part.strip());
            if (!column.matches()) {
                return Optional.empty();
            }
            columns.add(column.group(1).toLowerCase(Locale.ROOT));
        }
        return Optional.of(columns);
    }

    String table() {
        return table;
    }

    /**
     * Whether these rows (each the parameters of one update) can be written by one statement: each names
     * another row (the same row twice would be changed once, and its second change lost), every column
     * has a known type, and the parameters fit in one statement.
     */
    boolean fits(List<? extends List> rows, Map<String, String> columnTypes) {
        int width = assigned.size() + keys.size();
        if (rows.size() * width > MAX_PARAMETERS
                || !columnTypes.keySet().containsAll(assigned) || !columnTypes.keySet().containsAll(keys)) {
            return false;
        }
        Set<List<?>> named = new HashSet<>();
        for (List<?> row : rows) {
            if (row.size() != width || !named.add(row.subList(assigned.size(), width))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one statement for {@code rows} rows, their parameters in the batch's order. Each parameter is
     * cast to its column's type: a VALUES list otherwise guesses its columns' types from the values.
     */
    String sql(int rows, Map<String, String> columnTypes) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
        for (int i = 0; i < assigned.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(assigned.get(i)).append(" = v.s").append(i);
        }
        StringBuilder row = new StringBuilder("(");
        List<String> columns = new ArrayList<>(assigned);
        columns.addAll(keys);
        for (int i = 0; i < columns.size(); i++) {
            row.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(columnTypes.get(columns.get(i))).append(')');
        }
        row.append(')');
        sql.append(" FROM (VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        sql.append(") AS v(");
        for (int i = 0; i < assigned.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('s').append(i);
        }
        for (int i = 0; i < keys.size(); i++) {
            sql.append(", k").append(i);
        }
        sql.append(") WHERE ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : " AND ").append(table).append('.').append(keys.get(i)).append(" = v.k").append(i);
        }
        return sql.toString();
    }
}
