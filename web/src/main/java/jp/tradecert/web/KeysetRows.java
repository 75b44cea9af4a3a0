package jp.tradecert.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A list read by keyset (a cursor where the last page ended) as a paged table asks for it (by row
 * offset): the cursor where each page seen so far ends is remembered, so the next page, or any page
 * already passed, costs one small query; a jump ahead walks forward from the nearest known cursor.
 *
 * @param <R> a row
 * @param <C> where a page ends
 */
public class KeysetRows<R, C extends Serializable> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** Reads the list: a page after a cursor (null for the first), the count, and each row's cursor and key. */
    public interface Pages<R, C> extends Serializable {
        List<R> read(C after, int size);

        long count();

        C cursorOf(R row);

        /** What tells the row apart from the others (its id). */
        String keyOf(R row);
    }

    /** A page of a list ordered by id: the rows after {@code afterId} (null: from the first). */
    @FunctionalInterface
    public interface PageAfterId<R> extends Serializable {
        List<R> read(Long afterId, int size);
    }

    /** How many rows the whole list has. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** A row's id, which is both where a page ending on it ends and its key. */
    @FunctionalInterface
    public interface IdOf<R> extends Serializable {
        long idOf(R row);
    }

    /**
     * Rows of a list ordered by one id, most of the console's: the lambdas capture what the list needs (the
     * service, the staff member, the search); they are kept with the view, so they must not capture the page's bean.
     */
    public static <R> KeysetRows<R, Long> byId(PageAfterId<R> read, Count count, IdOf<R> idOf, int longestRead) {
        return new KeysetRows<>(new ById<>(read, count, idOf), longestRead);
    }

    private record ById<R>(PageAfterId<R> page, Count counter, IdOf<R> id) implements Pages<R, Long> {
        @Override
        public List<R> read(Long after, int size) {
            return page.read(after, size);
        }

        @Override
        public long count() {
            return counter.count();
        }

        @Override
        public Long cursorOf(R row) {
            return id.idOf(row);
        }

        @Override
        public String keyOf(R row) {
            return String.valueOf(id.idOf(row));
        }
    }

    private final Pages<R, C> pages;
    private final int longestRead;
    /** Row offset → the cursor of the row just before it (offset 0: none). */
    private final TreeMap<Integer, C> starts = new TreeMap<>();

    /** {@code longestRead}: the most rows one read returns (the service's limit). */
    public KeysetRows(Pages<R, C> pages, int longestRead) {
        this.pages = pages;
        this.longestRead = longestRead;
        starts.put(0, null);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, pages.count());
    }

    /**
     * The most rows one load returns: an export asks for every row at once, and a crafted request may ask
     * for any number (or for rows from before the first); neither may cost more than this.
     */
    public static final int MOST_ROWS = 10_000;

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (first < 0 || pageSize < 1) {
            return List.of();
        }
        pageSize = Math.min(pageSize, MOST_ROWS);
        Map.Entry<Integer, C> known = starts.floorEntry(first);
        int offset = known.getKey();
        C cursor = known.getValue();
        while (offset < first) {
            List<R> skipped = pages.read(cursor, Math.min(first - offset, longestRead));
            if (skipped.isEmpty()) {
                return List.of();
            }
            offset += skipped.size();
            cursor = pages.cursorOf(skipped.get(skipped.size() - 1));
            starts.put(offset, cursor);
        }
        // a page longer than one read (an export asks for every row at once) is read in turns
        List<R> page = new ArrayList<>();
        while (page.size() < pageSize) {
            int wanted = Math.min(pageSize - page.size(), longestRead);
            List<R> read = pages.read(cursor, wanted);
            if (!read.isEmpty()) {
                page.addAll(read);
                cursor = pages.cursorOf(read.get(read.size() - 1));
                starts.put(first + page.size(), cursor);
            }
            if (read.size() < wanted) {
                break;
            }
        }
        return page;
    }

    @Override
    public String getRowKey(R row) {
        return pages.keyOf(row);
    }

    @Override
    public R getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> pages.keyOf(row).equals(rowKey)).findFirst().orElse(null);
    }
}
