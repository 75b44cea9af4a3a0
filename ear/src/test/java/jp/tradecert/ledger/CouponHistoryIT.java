package jp.tradecert.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.ChamberOperations;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.application.ApplicationService;
import jp.tradecert.application.FeePayment;
import jp.tradecert.application.ItemCategory;
import jp.tradecert.catalog.Product;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.Forms;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.it.Wallets;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The coupon history screen's rows: the manual's own example, and paging through 100,000 rows. */
@IntegrationTest
class CouponHistoryIT {

    private static final String SIGNER = "カール・フリードリヒ・ツァイス";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(CouponHistoryIT.class);
    }

    @EJB
    private CouponHistory history;

    @EJB
    private LedgerService ledger;

    @EJB
    private ChamberOperations operations;

    @EJB
    private ApplicationService applications;

    @EJB
    private PurchaseService purchases;

    @EJB
    private InvariantChecker invariants;

    @Inject
    private TestData data;

    @Inject
    private Wallets wallets;

    @Inject
    private Database database;

    @Test
    void theManualsHistoryReplayed() {
        Chamber osaka = data.chamber(730);
        Company company = data.company(osaka, Membership.MEMBER);
        SignedInUser signer = data.userId(company, SIGNER);
        SignedInUser staff = data.staff(osaka);

        wallets.buy(signer, 1, 0);
        wallets.buy(signer, 0, 1);
        operations.adjust(staff, company.getId(), -1, "退会に伴い未使用分を返金", "manual-example");
        long application = applications.createDraft(signer, Forms.form(ItemCategory.GENERAL_MACHINERY, "AFRICA",
                "SN", "株式会社加古川自然食品", SIGNER, FeePayment.COUPON)).getId();
        applications.submit(signer, application, 1);
        purchases.placeOrder(signer, new PurchaseRequest(Map.of(Product.SINGLE, 1, Product.BOOKLET_30, 2),
                PaymentMethod.BANK_TRANSFER, MailRequest.NONE));

        assertThat(ledger.balanceOf(company.getId())).isEqualTo(29);
        assertThat(ledger.walletOf(company.getId()).getPendingCoupons()).isEqualTo(61);
        HistoryPage page = history.page(company.getId(), null, 20);
        assertThat(page.next()).isNull();
        assertThat(page.rows()).extracting(HistoryRow::operation, HistoryRow::confirmed, row -> row.content(Locale.JAPANESE),
                HistoryRow::purchaseYen, HistoryRow::depositedYen, HistoryRow::paidYen, HistoryRow::couponsBought,
                HistoryRow::balanceAfter, HistoryRow::document).containsExactly(
                tuple(HistoryOperation.PURCHASE, false, "クーポンを購入 ユーザ: " + SIGNER,
                        64_900L, null, null, 61, null, HistoryDocument.TRANSFER_REQUEST),
                tuple(HistoryOperation.USE, true, "クーポンを使用 ユーザ: " + SIGNER + " 受付番号: 731",
                        null, null, null, 0, 29L, null),
                tuple(HistoryOperation.CHAMBER_OPERATION, true, "退会に伴い未使用分を返金",
                        0L, 0L, 0L, 0, 30L, null),
                tuple(HistoryOperation.PURCHASE, true, "クーポンを購入 ユーザ: " + SIGNER,
                        31_900L, 31_900L, 31_900L, 30, 31L, HistoryDocument.CARD_STATEMENT),
                tuple(HistoryOperation.PURCHASE, true, "クーポンを購入 ユーザ: " + SIGNER,
                        1_100L, 1_100L, 1_100L, 1, 1L, HistoryDocument.CARD_STATEMENT));
        assertThat(page.rows().get(1).content(Locale.ENGLISH)).isEqualTo("Coupon used by " + SIGNER
                + ", receipt number 731");
        assertThat(invariants.check(company.getId())).isEmpty();

        List<HistoryRow> paged = new ArrayList<>();
        HistoryCursor cursor = null;
        do {
            HistoryPage twoAtATime = history.page(company.getId(), cursor, 2);
            paged.addAll(twoAtATime.rows());
            cursor = twoAtATime.next();
        } while (cursor != null);
        assertThat(paged).isEqualTo(page.rows());
    }

    @Test
    void pagesThroughAHundredThousandRowsByItsIndexes() throws SQLException {
        Company company = data.company();
        int entries = 100_000;
        insertAlternatingAdjustments(company.getId(), entries);

        HistoryPage first = history.page(company.getId(), null, 50);
        assertThat(first.rows()).hasSize(50);
        assertThat(first.rows().get(0).balanceAfter()).isZero();
        assertThat(first.rows().get(1).balanceAfter()).isOne();

        Set<HistoryCursor> seen = new HashSet<>();
        HistoryCursor cursor = null;
        Instant previous = Instant.MAX;
        for (int page = 0; page < 20; page++) {
            HistoryPage next = history.page(company.getId(), cursor, 500);
            assertThat(next.rows()).hasSize(500);
            for (HistoryRow row : next.rows()) {
                assertThat(seen.add(row.cursor())).isTrue();
                assertThat(row.at()).isBefore(previous);
                previous = row.at();
            }
            cursor = next.next();
        }
        HistoryCursor deep = HistoryCursor.parse(cursor.token());
        assertThat(deep).isEqualTo(cursor);

        String plan = String.join("\n", history.queryPlan(company.getId(), deep, 500)).toLowerCase(Locale.ROOT);
        assertThat(plan).contains("ledger_entry_history").contains("purchase_order_history")
                .doesNotContain("seq scan on ledger_entry");
        assertThat(invariants.check(company.getId())).isEmpty();
    }

    /**
     * {@code count} chamber adjustments of +1 and -1 in turn on one lot, a second apart, with their lot
     * movements: a consistent ledger (balance 0 at the end) written directly, as 100,000 calls would
     * take minutes.
     */
    private void insertAlternatingAdjustments(long companyId, int count) throws SQLException {
        long lot = database.count("select nextval('lot_seq')");
        OffsetDateTime start = OffsetDateTime.of(2021, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        database.update("insert into lot (id, company_id, kind, coupons, remaining, unit_price_yen, price_yen,"
                + " created_at) values (?, ?, 'ADJUSTMENT', 1, 0, 0, 0, ?)", lot, companyId, start);
        List<Object[]> entryRows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int quantity = i % 2 == 0 ? 1 : -1;
            entryRows.add(new Object[] {companyId, quantity, quantity > 0 ? 1 : 0, "bulk:" + companyId + ":" + i,
                    start.plusSeconds(i)});
        }
        database.batch("insert into ledger_entry (id, company_id, type, quantity, balance_after, idempotency_key,"
                + " occurred_at, note) values (nextval('ledger_entry_seq'), ?, 'CHAMBER_ADJUSTMENT', ?, ?, ?, ?,"
                + " '調整')", entryRows);
        database.update("insert into lot_movement (id, entry_id, lot_id, quantity)"
                + " select nextval('lot_movement_seq'), e.id, ?, e.quantity from ledger_entry e where e.company_id = ?",
                lot, companyId);
    }
}
