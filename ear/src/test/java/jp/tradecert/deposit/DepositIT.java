package jp.tradecert.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.ChamberOperations;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.catalog.Product;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.Invariants;
import jp.tradecert.it.TestData;
import jp.tradecert.ledger.CouponHistory;
import jp.tradecert.ledger.HistoryOperation;
import jp.tradecert.ledger.HistoryRow;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.LedgerEntry;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundReason;
import jp.tradecert.ledger.RefundStatus;
import jp.tradecert.notification.MailOutbox;
import jp.tradecert.payment.VirtualAccountPool;
import jp.tradecert.payment.VirtualAccounts;
import jp.tradecert.platform.Clocks;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.OrderStatus;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseMail;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each rule of the manual for a deposit to a one-time account, applied once per bank reference. */
@IntegrationTest
class DepositIT {

    private static final AtomicLong INQUIRY = new AtomicLong();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(DepositIT.class);
    }

    @EJB
    private DepositService deposits;

    @EJB
    private PurchaseService purchases;

    @EJB
    private LedgerService ledger;

    @EJB
    private InvariantChecker invariants;

    @EJB
    private MailOutbox mails;

    @EJB
    private ChamberOperations chamberOperations;

    @EJB
    private VirtualAccounts virtualAccounts;

    @EJB
    private CouponHistory history;

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
    private PurchaseOrder order;
    private String account;

    @BeforeEach
    void anOpenBankOrderFor61CouponsAnd64900Yen() {
        company = data.company();
        buyer = data.userId(company);
        order = purchases.placeOrder(buyer, new PurchaseRequest(Map.of(Product.SINGLE, 1, Product.BOOKLET_30, 2),
                PaymentMethod.BANK_TRANSFER, MailRequest.NONE));
        account = purchases.accountOf(order).orElseThrow().number();
    }

    @AfterEach
    void invariantsHold() {
        clocks.reset();
        assertThat(invariants.check(company.getId())).isEmpty();
    }

    @Test
    void theExactAmountSettlesTheOrderOnTheDepositDate() {
        LocalDate booked = LocalDate.now(clock).plusDays(1);

        AppliedDeposit applied = deposits.apply(deposit(account, 64_900, booked));

        assertThat(applied.getOutcome()).isEqualTo(DepositOutcome.SETTLED);
        PurchaseOrder paid = purchases.getOrder(buyer, order.getId());
        assertThat(paid.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.getSettlementDate()).isEqualTo(booked);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(61);
        assertThat(ledger.refundsOf(company.getId())).isEmpty();
    }

    @Test
    void moreSettlesAndOwesTheExcessBack() {
        AppliedDeposit applied = deposits.apply(deposit(account, 65_000, LocalDate.now(clock)));

        assertThat(applied.getOutcome()).isEqualTo(DepositOutcome.OVERPAID);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(61);
        assertThat(ledger.refundsOf(company.getId())).extracting(RefundDue::getReason, RefundDue::getAmountYen)
                .containsExactly(tuple(RefundReason.OVERPAYMENT, 100L));
    }

    @Test
    void lessIssuesNothingAndOwesAllOfItBackAndATopUpIsOwedBackToo() {
        AppliedDeposit under = deposits.apply(deposit(account, 60_000, LocalDate.now(clock)));
        AppliedDeposit topUp = deposits.apply(deposit(account, 4_900, LocalDate.now(clock)));

        assertThat(under.getOutcome()).isEqualTo(DepositOutcome.UNDERPAID);
        assertThat(topUp.getOutcome()).isEqualTo(DepositOutcome.LATE);
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.UNDERPAID);
        assertThat(ledger.balanceOf(company.getId())).isZero();
        assertThat(ledger.refundsOf(company.getId())).extracting(RefundDue::getReason, RefundDue::getAmountYen)
                .containsExactly(tuple(RefundReason.UNDERPAYMENT, 60_000L), tuple(RefundReason.LATE_DEPOSIT, 4_900L));
    }

    @Test
    void aSecondDepositToASettledOrderIsOwedBack() {
        deposits.apply(deposit(account, 64_900, LocalDate.now(clock)));

        AppliedDeposit second = deposits.apply(deposit(account, 64_900, LocalDate.now(clock)));

        assertThat(second.getOutcome()).isEqualTo(DepositOutcome.LATE);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(61);
    }

    @Test
    void aDepositToACancelledOrAnExpiredOrderIsOwedBack() {
        purchases.cancel(buyer, order.getId());
        assertThat(deposits.apply(deposit(account, 64_900, LocalDate.now(clock))).getOutcome())
                .isEqualTo(DepositOutcome.LATE);

        PurchaseOrder later = purchases.placeOrder(buyer, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                PaymentMethod.BANK_TRANSFER, MailRequest.NONE));
        String laterAccount = purchases.accountOf(later).orElseThrow().number();
        LocalDate afterTheDeadline = later.getExpiresOn().plusDays(1);
        assertThat(deposits.apply(deposit(laterAccount, 1_100, afterTheDeadline)).getOutcome())
                .as("too late, even before the expiry job has run").isEqualTo(DepositOutcome.LATE);
        assertThat(ledger.balanceOf(company.getId())).isZero();
    }

    @Test
    void aDepositToAnUnknownAccountWaitsForAClerk() {
        AppliedDeposit unknown = deposits.apply(deposit("0000001", 5_000, LocalDate.now(clock)));

        assertThat(unknown.getOutcome()).isEqualTo(DepositOutcome.UNMATCHED);
        assertThat(deposits.unmatched()).extracting(AppliedDeposit::getBankReference)
                .contains(unknown.getBankReference());
        Invariants.holdEverywhere(invariants, database);
    }

    @Test
    void aRecordAppliedTwiceTakesEffectOnce() {
        Deposit once = deposit(account, 64_900, LocalDate.now(clock));

        AppliedDeposit first = deposits.apply(once);
        AppliedDeposit again = deposits.apply(once);

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(61);
        assertThatThrownBy(() -> deposits.apply(new Deposit(once.format(), 1, once.bankReference(), "0310", "101",
                account, 64_900, once.depositDate(), null, "ｶ)ﾃｽﾄ", true))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aCancellationRecordTakesBackASettlementWhoseCouponsAreAllUnused() {
        Deposit paid = deposit(account, 65_000, LocalDate.now(clock));
        deposits.apply(paid);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(61);

        assertThat(deposits.reverse(cancellationOf(paid))).isTrue();
        assertThat(deposits.reverse(cancellationOf(paid))).as("the same record again changes nothing").isTrue();

        assertThat(deposits.find(paid.bankReference())).map(AppliedDeposit::getOutcome)
                .contains(DepositOutcome.REVERSED);
        assertThat(ledger.balanceOf(company.getId())).isZero();
        PurchaseOrder reversed = purchases.getOrder(buyer, order.getId());
        assertThat(reversed.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(reversed.getPaidYen()).isNull();
        assertThat(ledger.refundsOf(company.getId())).extracting(RefundDue::getReason, RefundDue::getStatus)
                .as("the excess is no longer owed").containsExactly(tuple(RefundReason.OVERPAYMENT, RefundStatus.CANCELLED));
        assertThat(ledger.findEntry("reversal:" + order.getId())).map(LedgerEntry::getQuantity).contains(-61);
        assertThat(history.page(company.getId(), null, 10).rows())
                .as("newest first: the coupons taken back, then the order that had issued them")
                .extracting(HistoryRow::operation, HistoryRow::couponsBought, HistoryRow::balanceAfter)
                .containsExactly(tuple(HistoryOperation.CHAMBER_OPERATION, 0, 0L),
                        tuple(HistoryOperation.PURCHASE, 61, 61L));
        assertThat(history.page(company.getId(), null, 1).rows().get(0).content(Locale.JAPANESE))
                .isEqualTo("銀行による入金の取消（注文番号 " + order.getOrderNumber().value() + "）");
    }

    @Test
    void theBuyerIsToldWhenTheBankTookTheirDepositBack() {
        Company mailed = data.company();
        PurchaseOrder paidOrder = bankOrder(mailed, MailRequest.to("buyer@example.jp"));
        Deposit paid = deposit(purchases.accountOf(paidOrder).orElseThrow().number(), 1_100, LocalDate.now(clock));
        deposits.apply(paid);

        deposits.reverse(cancellationOf(paid));

        assertThat(mails.ofOrder(paidOrder.getId())).extracting(PurchaseMail::of)
                .containsExactly(PurchaseMail.ORDER_ACCEPTED, PurchaseMail.COUPONS_ISSUED, PurchaseMail.DEPOSIT_REVERSED);
        assertThat(mails.ofOrder(paidOrder.getId()).get(2).getBody())
                .contains("組戻し", "クーポン 1 枚を取り消し", paidOrder.getOrderNumber().value());
        assertThat(invariants.check(mailed.getId())).isEmpty();
    }

    @Test
    void aCancellationRecordOfASettlementWithAUsedCouponIsLeftForAClerk() {
        Deposit paid = deposit(account, 64_900, LocalDate.now(clock));
        deposits.apply(paid);
        chamberOperations.adjust(data.staff(company.getChamber()), company.getId(), -1, "使用済みの 1 枚", "used-1");

        assertThat(deposits.reverse(cancellationOf(paid))).isFalse();

        assertThat(deposits.find(paid.bankReference())).map(AppliedDeposit::getOutcome)
                .contains(DepositOutcome.SETTLED);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(60);
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.PAID);
    }

    /**
     * The nightly run applies a chunk of deposits at once, reading and locking what they touch up front;
     * each still gets its own rule, in the file's order, as if applied one by one.
     */
    @Test
    void anotherChambersUploadNeitherPreEmptsNorReversesTheBanksDeposit() {
        long otherChamber = data.chamber().getId();
        Deposit genuine = deposit(account, 64_900, LocalDate.now(clock));
        Deposit forged = new Deposit(genuine.format(), genuine.position(), genuine.bankReference(), "0310", "101",
                account, 1, genuine.depositDate(), genuine.valueDate(), "ﾆｾﾓﾉ", false);

        assertThat(deposits.apply(forged, null, otherChamber).getOutcome()).isEqualTo(DepositOutcome.UNMATCHED);
        assertThat(deposits.apply(forged, null, otherChamber).getOutcome()).as("uploaded again: once")
                .isEqualTo(DepositOutcome.UNMATCHED);

        assertThat(deposits.apply(genuine).getOutcome()).as("the bank's own file, same reference")
                .isEqualTo(DepositOutcome.SETTLED);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(61);

        // the other chamber's cancellation takes back only what its own upload left (the 1 yen)
        assertThat(deposits.reverse(cancellationOf(genuine), otherChamber)).isTrue();
        assertThat(deposits.find("upload-" + otherChamber + ":" + genuine.bankReference()))
                .map(AppliedDeposit::getOutcome).contains(DepositOutcome.REVERSED);
        assertThat(deposits.reverse(cancellationOf(genuine), data.chamber().getId())).as("a third chamber's: nothing")
                .isFalse();
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(61);
        assertThat(deposits.find(genuine.bankReference())).map(AppliedDeposit::getOutcome)
                .contains(DepositOutcome.SETTLED);
    }

    @Test
    void twoBanksWithTheSameAccountNumberNeverSettleByTheNumberAlone() {
        Chamber other = data.chamberWithoutAccountPool(0);
        int number = Integer.parseInt(account);
        virtualAccounts.configurePool(new VirtualAccountPool(other.getId(), "0009", "三井住友銀行", "101", "本店",
                "ｼｹﾝｼﾖｳｺｳｶｲｷﾞｼﾖ", number, number, 0));
        SignedInUser otherBuyer = data.userId(data.company(other, Membership.MEMBER));
        PurchaseOrder otherOrder = purchases.placeOrder(otherBuyer, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                PaymentMethod.BANK_TRANSFER, MailRequest.NONE));
        assertThat(purchases.accountOf(otherOrder).orElseThrow().number()).isEqualTo(account);

        // a camt.054 names the number alone: two banks' accounts have it, so a clerk decides
        Deposit byNumber = new Deposit(DepositFormat.CAMT_054, 1, "camt:" + account + ":" + System.nanoTime(), null,
                null, account, 64_900, LocalDate.now(clock), null, "ｱ", false);
        assertThat(deposits.apply(byNumber).getOutcome()).isEqualTo(DepositOutcome.UNMATCHED);
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(purchases.getOrder(otherBuyer, otherOrder.getId()).getStatus())
                .isEqualTo(OrderStatus.PENDING_PAYMENT);

        // the Zengin notice names bank and branch: only that bank's order is paid
        assertThat(deposits.apply(deposit(account, 64_900, LocalDate.now(clock))).getOutcome())
                .isEqualTo(DepositOutcome.SETTLED);
        assertThat(purchases.getOrder(buyer, order.getId()).getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(purchases.getOrder(otherBuyer, otherOrder.getId()).getStatus())
                .isEqualTo(OrderStatus.PENDING_PAYMENT);
    }

    @Test
    void aChunkAppliedAtOnceGivesEachDepositItsOwnRuleInTheFilesOrder() {
        Company under = data.company();
        Company over = data.company();
        PurchaseOrder underOrder = bankOrder(under, MailRequest.NONE);
        PurchaseOrder overOrder = bankOrder(over, MailRequest.to("buyer@example.jp"));
        Deposit exact = deposit(account, 64_900, LocalDate.now(clock));
        List<Deposit> chunk = List.of(
                exact,
                deposit("0000001", 5_000, LocalDate.now(clock)),
                exact,
                deposit(account, 1_000, LocalDate.now(clock)),
                deposit(purchases.accountOf(underOrder).orElseThrow().number(), 1_000, LocalDate.now(clock)),
                deposit(purchases.accountOf(overOrder).orElseThrow().number(), 1_200, LocalDate.now(clock)));

        List<AppliedDeposit> applied = deposits.applyAll(chunk, null, null);

        assertThat(applied).extracting(AppliedDeposit::getOutcome).containsExactly(DepositOutcome.SETTLED,
                DepositOutcome.UNMATCHED, DepositOutcome.SETTLED, DepositOutcome.LATE, DepositOutcome.UNDERPAID,
                DepositOutcome.OVERPAID);
        assertThat(applied.get(2).getId()).as("the same record twice is applied once").isEqualTo(applied.get(0).getId());
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(61);
        assertThat(ledger.refundsOf(company.getId())).extracting(RefundDue::getReason, RefundDue::getAmountYen)
                .containsExactly(tuple(RefundReason.LATE_DEPOSIT, 1_000L));
        assertThat(ledger.balanceOf(under.getId())).isZero();
        assertThat(purchases.getOrder(data.userId(under), underOrder.getId()).getStatus())
                .isEqualTo(OrderStatus.UNDERPAID);
        assertThat(ledger.balanceOf(over.getId())).isEqualTo(1);
        assertThat(ledger.refundsOf(over.getId())).extracting(RefundDue::getReason, RefundDue::getAmountYen)
                .containsExactly(tuple(RefundReason.OVERPAYMENT, 100L));
        assertThat(mails.ofOrder(overOrder.getId())).extracting(PurchaseMail::of)
                .containsExactly(PurchaseMail.ORDER_ACCEPTED, PurchaseMail.COUPONS_ISSUED, PurchaseMail.REFUND_DUE);
        assertThat(invariants.check(under.getId())).isEmpty();
        assertThat(invariants.check(over.getId())).isEmpty();
    }

    private PurchaseOrder bankOrder(Company of, MailRequest mail) {
        return purchases.placeOrder(data.userId(of), new PurchaseRequest(Map.of(Product.SINGLE, 1),
                PaymentMethod.BANK_TRANSFER, mail));
    }

    private static Deposit cancellationOf(Deposit deposit) {
        return new Deposit(deposit.format(), deposit.position() + 1, deposit.bankReference(), deposit.bankCode(),
                deposit.branchCode(), deposit.account(), deposit.amountYen(), deposit.depositDate(),
                deposit.valueDate(), deposit.remitterName(), true);
    }

    private static Deposit deposit(String account, long yen, LocalDate booked) {
        long inquiry = INQUIRY.incrementAndGet();
        return new Deposit(DepositFormat.ZENGIN_TRANSFER_NOTICE, inquiry,
                "zengin:0310-101-" + account + ":" + booked + ":" + System.nanoTime() + "-" + inquiry, "0310", "101",
                account, yen, booked, booked, "ｶ)ﾃｽﾄﾎﾞｳｴｷ", false);
    }
}
