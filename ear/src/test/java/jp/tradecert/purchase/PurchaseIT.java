package jp.tradecert.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Company;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.Membership;
import jp.tradecert.account.MembershipService;
import jp.tradecert.account.RegistrationExpiredException;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.TradeRegistrationNumber;
import jp.tradecert.catalog.Product;
import jp.tradecert.catalog.ProductNotSoldException;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.Lot;
import jp.tradecert.ledger.LotKind;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundReason;
import jp.tradecert.payment.NoVirtualAccountException;
import jp.tradecert.payment.OneTimeAccount;
import jp.tradecert.platform.Clocks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Purchase orders: placing, the one-open-order rule, quantities, tiers, settling, closing, expiry. */
@IntegrationTest
class PurchaseIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PurchaseIT.class);
    }

    @EJB
    private PurchaseService purchases;

    @EJB
    private LedgerService ledger;

    @EJB
    private AccountService accounts;

    @EJB
    private MembershipService membership;

    @EJB
    private InvariantChecker invariants;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    @Inject
    private Clocks clocks;

    @Inject
    private Clock clock;

    private Company company;
    private SignedInUser buyer;

    @BeforeEach
    void aMemberCompanyWithASigner() {
        company = data.company();
        buyer = data.userId(company, "カール・フリードリヒ・ツァイス");
    }

    @AfterEach
    void invariantsHoldAndTheClockIsBack() {
        clocks.reset();
        assertThat(invariants.check(company.getId())).isEmpty();
    }

    @Test
    void oneSingleAndTwoBookletsAre61CouponsFor64900Yen() {
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 2));

        LocalDate today = LocalDate.now(clock);
        assertThat(order.getOrderNumber().value()).isEqualTo(
                today.format(DateTimeFormatter.BASIC_ISO_DATE) + company.getTradeRegistrationNumber() + "00001");
        assertThat(order.getTotalCoupons()).isEqualTo(61);
        assertThat(order.getTotalYen()).isEqualTo(64_900);
        assertThat(order.getTier()).isEqualTo(Membership.MEMBER);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.getExpiresOn()).isEqualTo(today.plusDays(30));
        assertThat(order.getLines()).extracting(line -> line.getProduct().getCode(), OrderLine::getQuantity,
                OrderLine::getUnitPriceYen, OrderLine::getAmountYen).containsExactly(
                tuple(Product.SINGLE, 1, 1_100L, 1_100L),
                tuple(Product.BOOKLET_30, 2, 31_900L, 63_800L));
        assertThat(ledger.walletOf(company.getId()).getPendingCoupons()).isEqualTo(61);
        assertThat(ledger.balanceOf(company.getId())).isZero();
    }

    @Test
    void aSecondOrderWhileOneIsOpenIsRefusedAndNamesTheOpenOne() {
        PurchaseOrder open = purchases.placeOrder(buyer, bank(1, 0));
        SignedInUser colleague = data.subId(buyer);

        assertThatThrownBy(() -> purchases.placeOrder(buyer, bank(2, 0)))
                .isInstanceOfSatisfying(OpenOrderExistsException.class,
                        refused -> assertThat(refused.openOrder()).isEqualTo(open.getOrderNumber()));
        assertThatThrownBy(() -> purchases.placeOrder(colleague, card(1, 0)))
                .isInstanceOf(OpenOrderExistsException.class);
        assertThat(database.count("select count(*) from purchase_order where company_id = ?", company.getId()))
                .isOne();
    }

    @Test
    void theDatabaseItselfRefusesASecondOpenOrder() throws SQLException {
        PurchaseOrder first = purchases.placeOrder(buyer, bank(1, 0));
        purchases.cancel(buyer, first.getId());
        purchases.placeOrder(buyer, bank(1, 0));

        assertThatThrownBy(() -> database.update("update purchase_order set status = 'PENDING_PAYMENT',"
                + " open_company_id = company_id, closed_at = null where id = ?", first.getId()))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void orderNumbersCountUpPerCompanyWithoutGaps() {
        PurchaseOrder first = purchases.placeOrder(buyer, bank(1, 0));
        assertThatThrownBy(() -> purchases.placeOrder(buyer, bank(1, 0)))
                .isInstanceOf(OpenOrderExistsException.class);
        purchases.cancel(buyer, first.getId());
        PurchaseOrder second = purchases.placeOrder(buyer, card(0, 1));
        purchases.settle(second.getId(), second.getTotalYen(), LocalDate.now(clock));
        PurchaseOrder third = purchases.placeOrder(buyer, bank(3, 0));

        assertThat(first.getOrderNumber().sequence()).isEqualTo(1);
        assertThat(second.getOrderNumber().sequence()).isEqualTo(2);
        assertThat(third.getOrderNumber().sequence()).isEqualTo(3);
        assertThat(third.getOrderNumber().tradeRegistrationNumber()).isEqualTo(company.getTradeRegistrationNumber());
    }

    @Test
    void badQuantitiesAreRefusedAndNothingIsCreated() {
        assertProblem(Map.of(Product.SINGLE, -1), InvalidQuantityException.Problem.NEGATIVE);
        assertProblem(Map.of(Product.SINGLE, 0, Product.BOOKLET_30, 0), InvalidQuantityException.Problem.NOTHING_ORDERED);
        assertProblem(Map.of(), InvalidQuantityException.Problem.NOTHING_ORDERED);
        assertProblem(Map.of(Product.BOOKLET_30, 101), InvalidQuantityException.Problem.TOO_MANY_BOOKLETS);
        assertProblem(Map.of(Product.SINGLE, 3_001), InvalidQuantityException.Problem.TOO_MANY_COUPONS);
        assertProblem(Map.of(Product.SINGLE, 1, Product.BOOKLET_30, 100), InvalidQuantityException.Problem.TOO_MANY_COUPONS);
        assertThat(database.count("select count(*) from purchase_order where company_id = ?", company.getId()))
                .isZero();

        PurchaseOrder atTheLimit = purchases.placeOrder(buyer, bank(0, 100));
        assertThat(atTheLimit.getTotalCoupons()).isEqualTo(3_000);
        assertThat(atTheLimit.getTotalYen()).isEqualTo(3_190_000);
    }

    @Test
    void aNonMemberPays3300ACouponAndCannotBuyABooklet() {
        Company outsider = data.company(data.chamber(), Membership.NON_MEMBER);
        SignedInUser signer = data.userId(outsider);

        assertThatThrownBy(() -> purchases.placeOrder(signer, bank(1, 1)))
                .isInstanceOf(ProductNotSoldException.class);
        PurchaseOrder order = purchases.placeOrder(signer, bank(2, 0));
        assertThat(order.getTier()).isEqualTo(Membership.NON_MEMBER);
        assertThat(order.getTotalYen()).isEqualTo(6_600);
        assertThat(invariants.check(outsider.getId())).isEmpty();
    }

    @Test
    void aCompanyAdminIdCannotBuy() {
        SignedInUser admin = data.companyAdmin(company);
        assertThatThrownBy(() -> purchases.placeOrder(admin, bank(1, 0)))
                .isInstanceOf(CouponsNotAllowedException.class);
    }

    @Test
    void mailNeedsAnAddressThatLooksLikeOne() {
        assertThatThrownBy(() -> MailRequest.to("not an address")).isInstanceOf(InvalidMailAddressException.class);
        assertThatThrownBy(() -> MailRequest.to(" ")).isInstanceOf(InvalidMailAddressException.class);
        PurchaseOrder order = purchases.placeOrder(buyer,
                new PurchaseRequest(Map.of(Product.SINGLE, 1), PaymentMethod.BANK_TRANSFER,
                        MailRequest.to(" export@kakogawa.example.jp ")));
        assertThat(order.isMailRequested()).isTrue();
        assertThat(order.getMailAddress()).isEqualTo("export@kakogawa.example.jp");
    }

    @Test
    void settlingIssuesTheCouponsInLotsOnceWhateverTheRetries() {
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 2));
        LocalDate depositDay = LocalDate.now(clock).plusDays(2);

        PurchaseOrder paid = purchases.settle(order.getId(), 64_900, depositDay);
        purchases.settle(order.getId(), 64_900, depositDay);

        assertThat(paid.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.getSettlementDate()).isEqualTo(depositDay);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(61);
        assertThat(ledger.walletOf(company.getId()).getPendingCoupons()).isZero();
        assertThat(ledger.lotsOf(company.getId())).extracting(Lot::getKind, Lot::getCoupons, Lot::getUnitPriceYen,
                Lot::getPriceYen).containsExactly(
                tuple(LotKind.SINGLE, 1, 1_100L, 1_100L),
                tuple(LotKind.BOOKLET, 30, 1_100L, 31_900L),
                tuple(LotKind.BOOKLET, 30, 1_100L, 31_900L));
        assertThat(ledger.refundsOf(company.getId())).isEmpty();
    }

    @Test
    void anOverpaymentIsSettledAndTheExcessOwedBack() {
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 0));

        purchases.settle(order.getId(), 2_000, LocalDate.now(clock));

        assertThat(ledger.balanceOf(company.getId())).isOne();
        assertThat(ledger.refundsOf(company.getId())).extracting(RefundDue::getReason, RefundDue::getAmountYen)
                .containsExactly(tuple(RefundReason.OVERPAYMENT, 900L));
    }

    @Test
    void anUnderpaymentIssuesNothingAndOwesTheWholeDepositBack() {
        PurchaseOrder order = purchases.placeOrder(buyer, bank(0, 1));

        PurchaseOrder underpaid = purchases.recordUnderpayment(order.getId(), 30_000);
        purchases.recordUnderpayment(order.getId(), 30_000);

        assertThat(underpaid.getStatus()).isEqualTo(OrderStatus.UNDERPAID);
        assertThat(ledger.balanceOf(company.getId())).isZero();
        assertThat(ledger.walletOf(company.getId()).getPendingCoupons()).isZero();
        assertThat(ledger.refundsOf(company.getId())).extracting(RefundDue::getReason, RefundDue::getAmountYen)
                .containsExactly(tuple(RefundReason.UNDERPAYMENT, 30_000L));
        assertThatThrownBy(() -> purchases.settle(order.getId(), 31_900, LocalDate.now(clock)))
                .isInstanceOf(IllegalOrderStateException.class);
    }

    @Test
    void theBuyerCancelsAnOpenOrderOnceAndNobodyElseCan() {
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 0));
        SignedInUser stranger = data.userId(data.company());

        assertThatThrownBy(() -> purchases.cancel(stranger, order.getId())).isInstanceOf(OrderNotFoundException.class);
        PurchaseOrder cancelled = purchases.cancel(buyer, order.getId());
        purchases.cancel(buyer, order.getId());

        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(ledger.walletOf(company.getId()).getPendingCoupons()).isZero();
        assertThatThrownBy(() -> purchases.settle(order.getId(), 1_100, LocalDate.now(clock)))
                .isInstanceOf(IllegalOrderStateException.class);
    }

    @Test
    void aPaidOrderCannotBeCancelled() {
        PurchaseOrder order = purchases.placeOrder(buyer, card(1, 0));
        purchases.settle(order.getId(), 1_100, LocalDate.now(clock));

        assertThatThrownBy(() -> purchases.cancel(buyer, order.getId()))
                .isInstanceOfSatisfying(IllegalOrderStateException.class,
                        refused -> assertThat(refused.status()).isEqualTo(OrderStatus.PAID));
    }

    @Test
    void anUnpaidBankOrderExpiresAfter30DaysAndFreesTheSlot() {
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 0));

        clocks.advance(Duration.ofDays(30));
        assertThat(purchases.expireOverdueOrders(LocalDate.now(clock))).extracting(PurchaseOrder::getId).doesNotContain(order.getId());
        clocks.advance(Duration.ofDays(1));
        assertThat(purchases.expireOverdueOrders(LocalDate.now(clock))).extracting(PurchaseOrder::getId).contains(order.getId());
        assertThat(purchases.expireOverdueOrders(LocalDate.now(clock))).extracting(PurchaseOrder::getId).doesNotContain(order.getId());

        assertThat(purchases.findOpenOrder(company.getId())).isEmpty();
        assertThat(ledger.walletOf(company.getId()).getPendingCoupons()).isZero();
        assertThat(purchases.placeOrder(buyer, bank(1, 0)).getOrderNumber().sequence()).isEqualTo(2);
    }

    @Test
    void aCardOrderAwaitsTheCardThenIsPaidOrFails() {
        PurchaseOrder failing = purchases.placeOrder(buyer, card(1, 0));
        assertThat(failing.getStatus()).isEqualTo(OrderStatus.AWAITING_CARD);
        assertThat(failing.getExpiresOn()).isNull();

        assertThat(purchases.failCardPayment(failing.getId()).getStatus()).isEqualTo(OrderStatus.FAILED);
        assertThat(ledger.balanceOf(company.getId())).isZero();

        PurchaseOrder retry = purchases.placeOrder(buyer, card(1, 0));
        purchases.settle(retry.getId(), 1_100, LocalDate.now(clock));
        assertThat(ledger.balanceOf(company.getId())).isOne();
        assertThatThrownBy(() -> purchases.failCardPayment(retry.getId()))
                .isInstanceOf(IllegalOrderStateException.class);
    }

    @Test
    void aBankOrderIsGivenAOneTimeAccountOfItsChambersPool() {
        PurchaseOrder order = purchases.placeOrder(buyer, bank(1, 2));
        SignedInUser neighbour = data.userId(data.company(company.getChamber(), Membership.MEMBER));
        PurchaseOrder other = purchases.placeOrder(neighbour, bank(1, 0));

        OneTimeAccount account = purchases.accountOf(order).orElseThrow();
        assertThat(account.bankCode()).isEqualTo("0310");
        assertThat(account.bankName()).isEqualTo("GMOあおぞらネット銀行");
        assertThat(account.branchCode()).isEqualTo("101");
        assertThat(account.holderName()).startsWith("GMO-EP*");
        assertThat(account.number()).matches("[0-9]{7}").startsWith(company.getChamber().getCode().value());
        assertThat(account.expiresOn()).isEqualTo(order.getExpiresOn());
        assertThat(purchases.accountOf(other).orElseThrow().number()).isNotEqualTo(account.number());
    }

    @Test
    void aNumberIsNotGivenAgainWhileItRests() {
        PurchaseOrder first = purchases.placeOrder(buyer, bank(1, 0));
        String number = purchases.accountOf(first).orElseThrow().number();
        purchases.cancel(buyer, first.getId());

        PurchaseOrder second = purchases.placeOrder(buyer, bank(1, 0));

        assertThat(purchases.accountOf(second).orElseThrow().number()).isNotEqualTo(number);
        assertThat(purchases.accountOf(first).orElseThrow().number()).as("the old order keeps its number")
                .isEqualTo(number);
    }

    @Test
    void aPoolWhoseNumbersAllRestRefusesBankTransfersClearlyUntilOneHasRested() {
        Company small = data.company(data.chamberWithRestingPool(2, 7), Membership.MEMBER);
        SignedInUser signer = data.userId(small);
        PurchaseOrder first = purchases.placeOrder(signer, bank(1, 0));
        String firstNumber = purchases.accountOf(first).orElseThrow().number();
        purchases.cancel(signer, first.getId());
        PurchaseOrder second = purchases.placeOrder(signer, bank(1, 0));
        assertThat(purchases.accountOf(second).orElseThrow().number()).isNotEqualTo(firstNumber);
        purchases.cancel(signer, second.getId());

        // both numbers rest for 7 days: no number, no order
        assertThatThrownBy(() -> purchases.placeOrder(signer, bank(1, 0)))
                .isInstanceOf(NoVirtualAccountException.class);
        assertThat(purchases.findOpenOrder(small.getId())).isEmpty();
        assertThat(database.count("select count(*) from purchase_order where company_id = ?", small.getId()))
                .isEqualTo(2);
        assertThat(ledger.walletOf(small.getId()).getPendingCoupons()).isZero();

        clocks.advance(Duration.ofDays(8));
        PurchaseOrder third = purchases.placeOrder(signer, bank(1, 0));
        assertThat(purchases.accountOf(third)).isPresent();
        assertThat(invariants.check(small.getId())).isEmpty();
    }

    @Test
    void aLapsedTradeRegistrationBuysNothingUntilTheChamberRenewsIt() {
        Company lapsed = accounts.registerCompany(TradeRegistrationNumber.of(company.getChamber().getCode(),
                        900_000 + (int) (company.getId() % 90_000)), "期限切れ商事", "Lapsed Trading", Membership.MEMBER,
                LocalDate.now(clock).minusYears(2).minusDays(1));
        SignedInUser signer = data.userId(lapsed);

        assertThatThrownBy(() -> purchases.placeOrder(signer, bank(1, 0)))
                .isInstanceOf(RegistrationExpiredException.class);
        assertThatThrownBy(() -> purchases.offerFor(signer)).isInstanceOf(RegistrationExpiredException.class);
        assertThat(purchases.findOpenOrder(lapsed.getId())).isEmpty();

        LocalDate renewed = membership.renewRegistration(data.staff(company.getChamber()), lapsed.getId());
        assertThat(renewed).isEqualTo(LocalDate.now(clock).plusYears(2));
        assertThat(purchases.placeOrder(signer, bank(1, 0)).getStatus()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void theDatabaseRefusesASecondNumberForAnOpenOrder() {
        PurchaseOrder mine = purchases.placeOrder(buyer, bank(1, 0));
        PurchaseOrder theirs = purchases.placeOrder(data.userId(data.company(company.getChamber(), Membership.MEMBER)),
                bank(1, 0));
        String number = purchases.accountOf(mine).orElseThrow().number();

        // each number is one row with one open order; an open order holds one number at most
        assertThatThrownBy(() -> database.update("update virtual_account set open_order_id = ?, order_id = ?"
                + " where number = ?", theirs.getId(), theirs.getId(), number)).isInstanceOf(SQLException.class);
    }

    @Test
    void aCardOrderHasNoAccountAndAChamberWithoutAPoolSellsByCardOnly() {
        assertThat(purchases.accountOf(purchases.placeOrder(buyer, card(1, 0)))).isEmpty();

        Company elsewhere = data.company(data.chamberWithoutAccountPool(0), Membership.MEMBER);
        SignedInUser signer = data.userId(elsewhere);
        assertThatThrownBy(() -> purchases.placeOrder(signer, bank(1, 0)))
                .isInstanceOf(NoVirtualAccountException.class);
        assertThat(purchases.findOpenOrder(elsewhere.getId())).isEmpty();
        assertThat(purchases.placeOrder(signer, card(1, 0)).getStatus()).isEqualTo(OrderStatus.AWAITING_CARD);
    }

    private void assertProblem(Map<String, Integer> quantities, InvalidQuantityException.Problem problem) {
        assertThatThrownBy(() -> purchases.placeOrder(buyer,
                new PurchaseRequest(quantities, PaymentMethod.BANK_TRANSFER, MailRequest.NONE)))
                .isInstanceOfSatisfying(InvalidQuantityException.class,
                        refused -> assertThat(refused.problem()).isEqualTo(problem));
    }

    static PurchaseRequest bank(int singles, int booklets) {
        return new PurchaseRequest(Map.of(Product.SINGLE, singles, Product.BOOKLET_30, booklets),
                PaymentMethod.BANK_TRANSFER, MailRequest.NONE);
    }

    static PurchaseRequest card(int singles, int booklets) {
        return new PurchaseRequest(Map.of(Product.SINGLE, singles, Product.BOOKLET_30, booklets),
                PaymentMethod.CARD, MailRequest.NONE);
    }
}
