package jp.tradecert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.InvariantViolation;

/**
 * Asserts that every invariant of the ledger holds, everywhere. When one does not, the failure says
 * what the ledger holds around it — the entries of the company before and after each entry flagged, the
 * movements of each lot flagged, the wallet, and the chamber and company names (which say which test made
 * them) — so that a violation seen once in a long run can be read from the failure alone.
 */
public final class Invariants {

    /** Entries shown either side of an entry flagged. */
    private static final int AROUND = 4;

    /** The most lines of description. */
    private static final int MOST = 80;

    private Invariants() {
    }

    public static void holdEverywhere(InvariantChecker invariants, Database database) {
        List<InvariantViolation> violations = invariants.checkAll();
        if (violations.isEmpty()) {
            return;
        }
        assertThat(violations).as(describe(violations, database)).isEmpty();
    }

    /** What the ledger holds around these violations, as the failure says it. */
    public static String describe(List<InvariantViolation> violations, Database database) {
        Set<Long> companies = new LinkedHashSet<>();
        Set<Long> entries = new LinkedHashSet<>();
        Set<Long> lots = new LinkedHashSet<>();
        for (InvariantViolation violation : violations) {
            String[] subject = violation.subject().split(" ", 2);
            if (subject.length < 2 || !subject[1].matches("[0-9]+")) {
                continue;
            }
            long id = Long.parseLong(subject[1]);
            switch (subject[0]) {
                case "company" -> companies.add(id);
                case "entry" -> entries.add(id);
                case "lot" -> lots.add(id);
                default -> { }
            }
        }
        List<String> lines = new ArrayList<>();
        for (long entry : entries) {
            database.rows("select company_id from ledger_entry where id = ?", entry)
                    .forEach(company -> companies.add(((Number) company[0]).longValue()));
        }
        for (long lot : lots) {
            lines.add("lot " + lot + ": " + row(database.rows("select l.company_id, l.kind, l.coupons, l.remaining,"
                    + " l.available_for from lot l where l.id = ?", lot)));
            database.rows("select m.id, m.entry_id, m.quantity, e.type, e.occurred_at, e.idempotency_key"
                    + " from lot_movement m join ledger_entry e on e.id = m.entry_id where m.lot_id = ? order by m.id",
                    lot).forEach(movement -> lines.add("  movement " + row(List.<Object[]>of(movement))));
            database.rows("select company_id from lot where id = ?", lot)
                    .forEach(company -> companies.add(((Number) company[0]).longValue()));
        }
        for (long company : companies) {
            lines.add("company " + company + ": " + row(database.rows("select c.name_ja, h.name_ja, w.balance,"
                    + " w.pending_coupons, w.version from company c join chamber h on h.id = c.chamber_id"
                    + " join wallet w on w.company_id = c.id where c.id = ?", company)));
            List<Object[]> ledger = database.rows("select id, type, quantity, balance_after, occurred_at,"
                    + " idempotency_key from ledger_entry where company_id = ? order by occurred_at, id", company);
            for (int i = 0; i < ledger.size(); i++) {
                long id = ((Number) ledger.get(i)[0]).longValue();
                if (entries.contains(id)) {
                    for (int j = Math.max(0, i - AROUND); j <= Math.min(ledger.size() - 1, i + AROUND); j++) {
                        lines.add((j == i ? "> " : "  ") + row(List.<Object[]>of(ledger.get(j))));
                    }
                }
            }
        }
        return lines.stream().limit(MOST).collect(Collectors.joining("\n", "the ledger around the violations:\n", "\n"));
    }

    private static String row(List<Object[]> rows) {
        return rows.stream().map(Arrays::toString).collect(Collectors.joining("; "));
    }
}
