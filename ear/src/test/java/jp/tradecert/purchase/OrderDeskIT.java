package jp.tradecert.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.catalog.Product;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's orders: found by part of the number, the company's number or name, status, method and date,
 * newest first, a page at a time; an unpaid bank order cancelled by a clerk, once and audited; never another
 * chamber's, never a card order or a paid one.
 */
@IntegrationTest
class OrderDeskIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(OrderDeskIT.class);
    }

    @EJB
    private OrderDesk desk;

    @EJB
    private PurchaseService purchases;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    @Inject
    private Clock clock;

    private Chamber chamber;
    private Company company;
    private SignedInUser buyer;
    private SignedInUser clerk;

    @BeforeEach
    void aChamberWithACompany() {
        chamber = data.chamber();
        company = data.company(chamber, Membership.MEMBER);
        buyer = data.userId(company);
        clerk = data.staff(chamber);
    }

    private PurchaseOrder order(PaymentMethod method) {
        return purchases.placeOrder(buyer, new PurchaseRequest(Map.of(Product.SINGLE, 1), method, MailRequest.NONE));
    }

    private static OrderDesk.Search text(String text) {
        return new OrderDesk.Search(text, null, null, null, null);
    }

    @Test
    void ordersAreFoundByNumberCompanyStatusMethodAndDateNewestFirst() {
        PurchaseOrder paid = order(PaymentMethod.BANK_TRANSFER);
        purchases.settle(paid.getId(), paid.getTotalYen(), LocalDate.now(clock));
        PurchaseOrder open = order(PaymentMethod.BANK_TRANSFER);
        String trn = company.getTradeRegistrationNumber().value();

        assertThat(desk.search(clerk, text(open.getOrderNumber().value()), null, 10))
                .extracting(row -> row.order().getId()).containsExactly(open.getId());
        assertThat(desk.search(clerk, text(trn), null, 10)).extracting(row -> row.order().getId())
                .as("by the company's number, newest first").containsExactly(open.getId(), paid.getId());
        assertThat(desk.search(clerk, text(company.getNameJa().substring(1)), null, 10)).hasSize(2);
        assertThat(desk.search(clerk, new OrderDesk.Search(null, OrderStatus.PAID, null, null, null), null, 10))
                .extracting(row -> row.order().getId()).containsExactly(paid.getId());
        assertThat(desk.search(clerk, new OrderDesk.Search(null, null, PaymentMethod.CARD, null, null), null, 10))
                .isEmpty();
        LocalDate today = LocalDate.now(clock);
        assertThat(desk.count(clerk, new OrderDesk.Search(null, null, null, today, today))).isEqualTo(2);
        assertThat(desk.count(clerk, new OrderDesk.Search(null, null, null, today.plusDays(1), null))).isZero();
        assertThat(desk.search(clerk, OrderDesk.Search.ALL, open.getId(), 10)).extracting(row -> row.order().getId())
                .as("the page after the newest").containsExactly(paid.getId());
        assertThat(desk.search(clerk, text("100%_"), null, 10)).as("wildcards are text").isEmpty();

        SignedInUser theirs = data.staff(data.chamber());
        assertThat(desk.search(theirs, text(trn), null, 10)).isEmpty();
        assertThatThrownBy(() -> desk.get(theirs, open.getId())).isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> desk.search(buyer, OrderDesk.Search.ALL, null, 10))
                .isInstanceOf(StaffOnlyException.class);
    }

    @Test
    void aClerkCancelsAnUnpaidBankOrderOnceAndTheCompanyMayBuyAgain() {
        PurchaseOrder open = order(PaymentMethod.BANK_TRANSFER);
        assertThatThrownBy(() -> desk.cancel(data.staff(data.chamber()), open.getId()))
                .isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> desk.cancel(buyer, open.getId())).isInstanceOf(StaffOnlyException.class);

        assertThat(desk.cancel(clerk, open.getId()).getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(desk.cancel(clerk, open.getId()).getStatus()).as("again: nothing more").isEqualTo(OrderStatus.CANCELLED);
        assertThat(database.count("select count(*) from audit_event where subject = ?", "order:" + open.getId()))
                .isOne();

        PurchaseOrder again = order(PaymentMethod.BANK_TRANSFER);   // no open order left: the company buys again
        purchases.settle(again.getId(), again.getTotalYen(), LocalDate.now(clock));
        assertThatThrownBy(() -> desk.cancel(clerk, again.getId())).as("paid")
                .isInstanceOf(IllegalOrderStateException.class);
        PurchaseOrder card = order(PaymentMethod.CARD);
        assertThatThrownBy(() -> desk.cancel(clerk, card.getId())).isInstanceOf(IllegalOrderStateException.class);
        assertThat(database.count("select count(*) from audit_event where subject in (?, ?)", "order:" + again.getId(),
                "order:" + card.getId())).isZero();
    }
}
