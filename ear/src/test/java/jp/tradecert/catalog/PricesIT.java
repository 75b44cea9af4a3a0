package jp.tradecert.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.platform.Clocks;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A price the chamber publishes from a future day on: sold from that day, never before, never changing an
 * order already placed; refused for today or the past, for a day already taken, and for another chamber.
 */
@IntegrationTest
class PricesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PricesIT.class);
    }

    @EJB
    private CatalogService catalog;

    @EJB
    private PurchaseService purchases;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    @Inject
    private Clocks clocks;

    @Inject
    private Clock clock;

    private Chamber chamber;
    private SignedInUser clerk;
    private SignedInUser buyer;
    private LocalDate today;

    @BeforeEach
    void aChamberSellingAtTheManualsPrices() {
        chamber = data.chamber();
        clerk = data.staff(chamber);
        Company company = data.company(chamber, Membership.MEMBER);
        buyer = data.userId(company);
        today = LocalDate.now(clock);
    }

    @AfterEach
    void clockBack() {
        clocks.reset();
    }

    private PurchaseOrder orderOfOneCoupon() {
        return purchases.placeOrder(buyer, new PurchaseRequest(Map.of(Product.SINGLE, 1), PaymentMethod.BANK_TRANSFER,
                MailRequest.NONE));
    }

    @Test
    void aPriceFromTomorrowIsSoldFromTomorrowAndLeavesTodaysOrderAlone() {
        Price published = catalog.publishFuturePrice(clerk, Product.SINGLE, Membership.MEMBER, 1_210, today.plusDays(1));
        assertThat(catalog.priceOf(chamber.getId(), Product.SINGLE, Membership.MEMBER, today).orElseThrow()
                .getUnitPriceYen()).as("today: still the old price").isEqualTo(CatalogService.MEMBER_SINGLE_YEN);
        PurchaseOrder placedToday = orderOfOneCoupon();
        assertThat(placedToday.getTotalYen()).isEqualTo(CatalogService.MEMBER_SINGLE_YEN);
        purchases.cancel(buyer, placedToday.getId());

        clocks.advance(Duration.ofDays(1));
        assertThat(catalog.priceOf(chamber.getId(), Product.SINGLE, Membership.MEMBER, LocalDate.now(clock))
                .orElseThrow().getUnitPriceYen()).isEqualTo(1_210);
        PurchaseOrder placedTomorrow = orderOfOneCoupon();
        assertThat(placedTomorrow.getTotalYen()).isEqualTo(1_210);
        assertThat(placedTomorrow.getLines().get(0).getUnitPriceYen()).isEqualTo(1_210);
        assertThat(database.count("select count(*) from purchase_order where id = ? and total_yen = ?",
                placedToday.getId(), CatalogService.MEMBER_SINGLE_YEN)).as("the earlier order keeps its price").isOne();
        assertThat(catalog.pricesOf(clerk)).extracting(Price::getId).contains(published.getId());
        assertThat(database.count("select count(*) from audit_event where subject = ?", "price:" + published.getId()))
                .isOne();
    }

    @Test
    void neverTodayOrThePastNeverTwiceADayNeverAnotherChambersNeverAbsurd() {
        assertThatThrownBy(() -> catalog.publishFuturePrice(clerk, Product.SINGLE, Membership.MEMBER, 1_210, today))
                .isInstanceOfSatisfying(PriceRefusedException.class,
                        refused -> assertThat(refused.why()).isEqualTo(PriceRefusedException.Why.NOT_IN_THE_FUTURE));
        assertThatThrownBy(() -> catalog.publishFuturePrice(clerk, Product.SINGLE, Membership.MEMBER, 1_210,
                today.minusDays(3))).isInstanceOf(PriceRefusedException.class);
        assertThatThrownBy(() -> catalog.publishFuturePrice(clerk, Product.SINGLE, Membership.MEMBER, 0,
                today.plusDays(1))).isInstanceOf(PriceRefusedException.class);
        assertThatThrownBy(() -> catalog.publishFuturePrice(clerk, Product.SINGLE, Membership.MEMBER,
                CatalogService.MAX_PRICE_YEN + 1, today.plusDays(1))).isInstanceOf(PriceRefusedException.class);
        assertThatThrownBy(() -> catalog.publishFuturePrice(clerk, "NOTHING", Membership.MEMBER, 1_000,
                today.plusDays(1))).isInstanceOf(PriceRefusedException.class);

        catalog.publishFuturePrice(clerk, Product.BOOKLET_30, Membership.MEMBER, 33_000, today.plusDays(7));
        assertThatThrownBy(() -> catalog.publishFuturePrice(clerk, Product.BOOKLET_30, Membership.MEMBER, 34_000,
                today.plusDays(7))).isInstanceOfSatisfying(PriceRefusedException.class,
                        refused -> assertThat(refused.why()).isEqualTo(PriceRefusedException.Why.DAY_TAKEN));
        assertThatThrownBy(() -> catalog.publishFuturePrice(buyer, Product.SINGLE, Membership.MEMBER, 1_210,
                today.plusDays(1))).isInstanceOf(StaffOnlyException.class);

        SignedInUser theirs = data.staff(data.chamber());
        catalog.publishFuturePrice(theirs, Product.SINGLE, Membership.MEMBER, 5_000, today.plusDays(1));
        assertThat(catalog.priceOf(chamber.getId(), Product.SINGLE, Membership.MEMBER, today.plusDays(1)).orElseThrow()
                .getUnitPriceYen()).as("another chamber's price is theirs").isEqualTo(CatalogService.MEMBER_SINGLE_YEN);
        assertThat(catalog.pricesOf(clerk)).extracting(Price::getUnitPriceYen).doesNotContain(5_000L);
    }
}
