package jp.tradecert.ledger;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a page of the coupon history ends: the last row's time, source (orders sort before entries
 * of the same instant) and id. The next page starts strictly after it, so pages never overlap or skip
 * rows, however many rows are added meanwhile.
 */
public record HistoryCursor(Instant at, int source, long id) implements Serializable {

    static final int ENTRY = 0;
    static final int ORDER = 1;

    public HistoryCursor {
        Objects.requireNonNull(at);
        if (source != ENTRY && source != ORDER) {
            throw new IllegalArgumentException("Unknown source " + source);
        }
    }

    /** Text for a URL or a view state: {@code <epoch micros>.<source>.<id>}. */
    public String token() {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
        return micros + "." + source + "." + id;
    }

    public static HistoryCursor parse(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a history cursor: " + token);
        }
        long micros = Long.parseLong(parts[0]);
        Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
        return new HistoryCursor(at, Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
    }
}
