package jp.tradecert.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetWiseUpdateTest {

    private static final String WALLET_UPDATE = "UPDATE WALLET SET pending_coupons = ?, BALANCE = ?, VERSION = ?"
            + " WHERE ((company_id = ?) AND (VERSION = ?))";
    private static final Map<String, String> WALLET_TYPES = Map.of("company_id", "bigint", "balance", "integer",
            "pending_coupons", "integer", "version", "bigint");

    @Test
    void aBatchOfLikeUpdatesBecomesOneStatementWhoseParametersAreTheBatchsInItsOrder() {
        SetWiseUpdate update = SetWiseUpdate.of(WALLET_UPDATE).orElseThrow();

        assertEquals("wallet", update.table());
        assertEquals("UPDATE wallet SET pending_coupons = v.s0, balance = v.s1, version = v.s2 FROM (VALUES"
                + " (CAST(? AS integer), CAST(? AS integer), CAST(? AS bigint), CAST(? AS bigint), CAST(? AS bigint)),"
                + " (CAST(? AS integer), CAST(? AS integer), CAST(? AS bigint), CAST(? AS bigint), CAST(? AS bigint)))"
                + " AS v(s0, s1, s2, k0, k1) WHERE wallet.company_id = v.k0 AND wallet.version = v.k1",
                update.sql(2, WALLET_TYPES));
    }

    @Test
    void onlyAssignmentsAndConditionsOfOneColumnAndOneParameterAreRewritten() {
        assertTrue(SetWiseUpdate.of("UPDATE lot SET remaining = ? WHERE (ID = ?)").isPresent());
        assertFalse(SetWiseUpdate.of("update wallet set balance = balance - 1 where company_id = ?").isPresent());
        assertFalse(SetWiseUpdate.of("UPDATE lot SET remaining = ? WHERE ((ID = ?) OR (ID = ?))").isPresent());
        assertFalse(SetWiseUpdate.of("UPDATE lot SET remaining = ? WHERE (ID IN (?, ?))").isPresent());
        assertFalse(SetWiseUpdate.of("UPDATE lot SET remaining = 0").isPresent());
        assertFalse(SetWiseUpdate.of("DELETE FROM lot WHERE (ID = ?)").isPresent());
    }

    @Test
    void aBatchThatChangesOneRowTwiceOrHasAColumnOfUnknownTypeIsLeftAlone() {
        SetWiseUpdate update = SetWiseUpdate.of(WALLET_UPDATE).orElseThrow();
        List<Object> first = List.of(0, 5, 2L, 101L, 1L);
        List<Object> other = List.of(0, 3, 2L, 102L, 1L);
        List<Object> firstAgain = List.of(0, 4, 3L, 101L, 1L);

        assertTrue(update.fits(List.of(first, other), WALLET_TYPES));
        assertFalse(update.fits(List.of(first, other, firstAgain), WALLET_TYPES));
        assertFalse(update.fits(List.of(first, other), Map.of("company_id", "bigint", "balance", "integer")));
        assertFalse(update.fits(List.of(first, List.of(0, 3, 2L, 102L)), WALLET_TYPES));
    }

    @Test
    void aBatchTooBigForOneStatementIsLeftAlone() {
        SetWiseUpdate update = SetWiseUpdate.of(WALLET_UPDATE).orElseThrow();
        List<List<Object>> rows = new ArrayList<>();
        for (long company = 0; company <= SetWiseUpdate.MAX_PARAMETERS / 5; company++) {
            rows.add(List.of(0, 1, 2L, company, 1L));
        }
        assertFalse(update.fits(rows, WALLET_TYPES));
        assertTrue(update.fits(rows.subList(0, SetWiseUpdate.MAX_PARAMETERS / 5), WALLET_TYPES));
    }
}
