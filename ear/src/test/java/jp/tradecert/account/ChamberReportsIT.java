package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.tradecert.account.ChamberReports.Figure;
import jp.tradecert.account.ChamberReports.Month;
import jp.tradecert.account.ChamberReports.UnusedBalance;
import jp.tradecert.application.ApplicationService;
import jp.tradecert.application.FeePayment;
import jp.tradecert.application.ItemCategory;
import jp.tradecert.deposit.ChamberFigures;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.Forms;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.it.Wallets;
import jp.tradecert.platform.Clocks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The chamber's reports from its ledger: the month's coupons sold, used, given back and adjusted, which
 * close from the opening to the closing balance in coupons and in yen; the unused balance at the end of a
 * day, as the dashboard's liability says it; nothing of another chamber's; staff only.
 */
@IntegrationTest
class ChamberReportsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ChamberReportsIT.class);
    }

    @EJB
    private ChamberReports reports;

    @EJB
    private ChamberFigures figures;

    @EJB
    private ApplicationService applications;

    @EJB
    private ChamberOperations operations;

    @Inject
    private TestData data;

    @Inject
    private Wallets wallets;

    @Inject
    private Database database;

    @Inject
    private Clock clock;

    @Test
    void theMonthClosesFromItsOpeningToItsClosingBalanceInCouponsAndAtThePricePaid() throws Exception {
        Chamber chamber = data.chamber();
        Company company = data.company(chamber, Membership.MEMBER);
        SignedInUser signer = data.userId(company);
        SignedInUser staff = data.staff(chamber);
        wallets.buy(signer, 2, 1);
        long first = submitted(signer);
        submitted(signer);
        applications.withdraw(signer, first);
        operations.adjust(staff, company.getId(), 3, "調整(追加)", "report-add");
        operations.adjust(staff, company.getId(), -1, "調整(削除)", "report-remove");

        YearMonth thisMonth = YearMonth.now(clock.withZone(Clocks.TOKYO));
        Month month = reports.month(staff, thisMonth);

        long boughtYen = database.count("select sum(coupons * unit_price_yen) from lot where company_id = ?"
                + " and kind <> 'ADJUSTMENT'", company.getId());
        assertThat(month.opening()).isEqualTo(new Figure(0, 0));
        assertThat(month.sold().coupons()).as("2 singles and a booklet of 30").isEqualTo(32);
        assertThat(month.sold().yen()).isEqualTo(boughtYen).isPositive();
        assertThat(month.used().coupons()).isEqualTo(2);
        assertThat(month.returned().coupons()).isEqualTo(1);
        assertThat(month.added().coupons()).isEqualTo(3);
        assertThat(month.removed().coupons()).isEqualTo(1);
        assertThat(month.refunded().coupons()).isZero();
        assertThat(month.closing().coupons()).isEqualTo(32 - 2 + 1 + 3 - 1)
                .isEqualTo(database.count("select balance from wallet where company_id = ?", company.getId()));
        assertThat(month.closing().yen()).as("the liability the dashboard shows").isEqualTo(figures.outstandingYen(staff));
        assertThat(month.opening().yen() + month.sold().yen() - month.used().yen() + month.returned().yen()
                - month.refunded().yen() + month.added().yen() - month.removed().yen())
                .as("the month closes in yen").isEqualTo(month.closing().yen());
        assertThat(month.getLines()).extracting(ChamberReports.Line::name)
                .containsExactly("opening", "sold", "used", "returned", "refunded", "added", "removed", "closing");

        Month before = reports.month(staff, thisMonth.minusMonths(1));
        assertThat(List.of(before.opening(), before.sold(), before.used(), before.closing()))
                .containsOnly(new Figure(0, 0));
        assertThat(reports.month(data.staff(data.chamber()), thisMonth).closing())
                .as("another chamber's report").isEqualTo(new Figure(0, 0));
    }

    @Test
    void theUnusedBalanceAtTheEndOfADayAndOnTheLastBaseDates() {
        Chamber chamber = data.chamber();
        Company company = data.company(chamber, Membership.MEMBER);
        SignedInUser signer = data.userId(company);
        SignedInUser staff = data.staff(chamber);
        wallets.buy(signer, 3, 0);
        LocalDate today = LocalDate.now(clock.withZone(Clocks.TOKYO));

        UnusedBalance now = reports.unusedBalanceAt(staff, today);
        assertThat(now.unused().coupons()).isEqualTo(3);
        assertThat(now.unused().yen()).isEqualTo(figures.outstandingYen(staff)).isPositive();
        assertThat(now.overThreshold()).isFalse();
        assertThat(reports.unusedBalanceAt(staff, today.minusDays(1)).unused()).isEqualTo(new Figure(0, 0));

        List<UnusedBalance> balances = reports.unusedBalances(staff, 4);
        assertThat(balances).hasSize(5);
        assertThat(balances.get(0).date()).isEqualTo(today);
        assertThat(balances.get(0).onBaseDate()).isFalse();
        assertThat(balances.get(0).unused()).isEqualTo(now.unused());
        assertThat(balances.subList(1, 5)).allSatisfy(balance -> {
            assertThat(balance.onBaseDate()).isTrue();
            assertThat(balance.date().getDayOfMonth()).isIn(30, 31);
            assertThat(balance.date().getMonthValue()).isIn(3, 9);
            assertThat(balance.unused()).as("before the company bought").isEqualTo(new Figure(0, 0));
        });
        assertThat(balances.get(1).date()).isEqualTo(ChamberReports.lastBaseDateBefore(today));
    }

    @Test
    void onlyStaffReadTheReports() {
        Company company = data.company(data.chamber(), Membership.MEMBER);
        SignedInUser signer = data.userId(company);
        assertThatThrownBy(() -> reports.month(signer, YearMonth.now(clock)))
                .isInstanceOf(StaffOnlyException.class);
        assertThatThrownBy(() -> reports.unusedBalances(signer, 4)).isInstanceOf(StaffOnlyException.class);
    }

    private long submitted(SignedInUser signer) {
        long id = applications.createDraft(signer, Forms.form(ItemCategory.SUNDRIES, "ASIA", "KR", "試験会社", "署名者",
                FeePayment.COUPON)).getId();
        applications.submit(signer, id, 1);
        return id;
    }
}
