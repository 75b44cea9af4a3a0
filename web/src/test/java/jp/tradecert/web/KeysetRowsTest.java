package jp.tradecert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A keyset-read list paged by offset: any page, and every row at once as an export asks, never more than one read's limit per read. */
class KeysetRowsTest {

    private static final int LIMIT = 100;

    /** Rows with ids 1..total (250 unless told), read after an id, at most {@value #LIMIT} per read. */
    private static final class Numbers implements KeysetRows.Pages<Long, Long> {

        private static final long serialVersionUID = 1L;
        final List<Integer> reads = new ArrayList<>();
        final long total;

        Numbers() {
            this(250);
        }

        Numbers(long total) {
            this.total = total;
        }

        @Override
        public List<Long> read(Long after, int size) {
            assertThat(size).isBetween(1, LIMIT);
            reads.add(size);
            long from = after == null ? 1 : after + 1;
            return IntStream.rangeClosed(0, size - 1).mapToLong(i -> from + i).filter(id -> id <= total).boxed().toList();
        }

        @Override
        public long count() {
            return total;
        }

        @Override
        public Long cursorOf(Long row) {
            return row;
        }

        @Override
        public String keyOf(Long row) {
            return row.toString();
        }
    }

    @Test
    void aPageAfterOthersAndTheLastShortOne() {
        Numbers numbers = new Numbers();
        KeysetRows<Long, Long> rows = new KeysetRows<>(numbers, LIMIT);
        assertThat(rows.load(0, 20, Map.of(), Map.of())).first().isEqualTo(1L);
        assertThat(rows.load(20, 20, Map.of(), Map.of())).hasSize(20).first().isEqualTo(21L);
        assertThat(rows.load(240, 20, Map.of(), Map.of())).hasSize(10).first().isEqualTo(241L);
    }

    @Test
    void everyRowAtOnceIsReadInTurnsOfTheLimit() {
        Numbers numbers = new Numbers();
        KeysetRows<Long, Long> rows = new KeysetRows<>(numbers, LIMIT);
        List<Long> all = rows.load(0, 250, Map.of(), Map.of());
        assertThat(all).hasSize(250).isSorted().doesNotHaveDuplicates();
        assertThat(all.get(249)).isEqualTo(250L);
        assertThat(numbers.reads).containsExactly(100, 100, 50);
        assertThat(rows.load(0, 1000, Map.of(), Map.of())).as("asking for more than there are").hasSize(250);
    }

    @Test
    void aCraftedRequestForRowsBeforeTheFirstOrForNoneOrForMillionsCostsNoMoreThanTheLimit() {
        Numbers numbers = new Numbers();
        KeysetRows<Long, Long> rows = new KeysetRows<>(numbers, LIMIT);
        assertThat(rows.load(-5, 20, Map.of(), Map.of())).isEmpty();
        assertThat(rows.load(0, 0, Map.of(), Map.of())).isEmpty();
        assertThat(rows.load(0, -1, Map.of(), Map.of())).isEmpty();
        assertThat(numbers.reads).as("nothing read for those").isEmpty();
        KeysetRows<Long, Long> many = new KeysetRows<>(new Numbers(25_000), LIMIT);
        assertThat(many.load(0, Integer.MAX_VALUE, Map.of(), Map.of())).as("never more than the limit")
                .hasSize(KeysetRows.MOST_ROWS);
    }

    /** What a console list reads from: rows (here their ids, times ten) after an id, and how many there are. */
    private record Ledger(long total) implements java.io.Serializable {
        List<Long> after(Long id, int size) {
            long from = id == null ? 10 : id + 10;
            return IntStream.range(0, size).mapToLong(i -> from + 10L * i).filter(row -> row <= 10 * total).boxed()
                    .toList();
        }
    }

    @Test
    void aListOrderedByIdPagesByItsIdsAndTravelsWithTheViewWhenSerialized() throws Exception {
        Ledger ledger = new Ledger(30);
        KeysetRows<Long, Long> rows = KeysetRows.byId(ledger::after, ledger::total, row -> row, LIMIT);
        assertThat(rows.count(Map.of())).isEqualTo(30);
        assertThat(rows.load(0, 20, Map.of(), Map.of())).hasSize(20).first().isEqualTo(10L);
        assertThat(rows.getRowKey(70L)).isEqualTo("70");

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(rows);
        }
        @SuppressWarnings("unchecked")
        KeysetRows<Long, Long> restored = (KeysetRows<Long, Long>) new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertThat(restored.load(20, 20, Map.of(), Map.of())).as("the page after the one seen before")
                .containsExactly(210L, 220L, 230L, 240L, 250L, 260L, 270L, 280L, 290L, 300L);
    }
}
