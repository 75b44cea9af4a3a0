package jp.tradecert.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.CompanyNotFoundException;
import jp.tradecert.account.Membership;
import jp.tradecert.account.Proposal;
import jp.tradecert.account.ProposalKind;
import jp.tradecert.account.ProposalRefusedException;
import jp.tradecert.account.Proposals;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.account.SupervisorOnlyException;
import jp.tradecert.catalog.Product;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.Races;
import jp.tradecert.it.TestData;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundReason;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.OrderNotFoundException;
import jp.tradecert.purchase.OrderStatus;
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
 * Deposits no order claimed, matched by hand: each chamber sees its own (by its upload, or its range of
 * one-time accounts), a clerk proposes the order it pays, and only a supervisor other than the proposer
 * makes it count — by the nightly job's rules, once, however many approve at once.
 */
@IntegrationTest
class UnmatchedDepositsIT {

    private static final AtomicLong INQUIRY = new AtomicLong();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(UnmatchedDepositsIT.class);
    }

    @EJB
    private UnmatchedDeposits unmatched;

    @EJB
    private DepositService deposits;

    @EJB
    private Proposals proposals;

    @EJB
    private PurchaseService purchases;

    @EJB
    private LedgerService ledger;

    @EJB
    private InvariantChecker invariants;

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
    private SignedInUser supervisor;
    private String unusedAccount;
    private LocalDate today;

    @BeforeEach
    void aChamberWithAnOrderAwaitingItsTransfer() {
        chamber = data.chamber();
        company = data.company(chamber, Membership.MEMBER);
        buyer = data.userId(company);
        clerk = data.staff(chamber);
        supervisor = data.supervisor(chamber);
        // the last number of the chamber's range: no order holds it
        unusedAccount = String.valueOf(Integer.parseInt(chamber.getCode().value()) * 1_000 + TestData.POOL_SIZE - 1);
        today = LocalDate.now(clock);
    }

    @AfterEach
    void theLedgerIsConsistent() {
        assertThat(invariants.check(company.getId())).isEmpty();
    }

    private PurchaseOrder order(int singles) {
        return purchases.placeOrder(buyer, new PurchaseRequest(Map.of(Product.SINGLE, singles),
                PaymentMethod.BANK_TRANSFER, MailRequest.NONE));
    }

    /** A transfer to an account of the chamber's range that no order holds (the buyer mistyped the number). */
    private AppliedDeposit mistyped(long yen) {
        long inquiry = INQUIRY.incrementAndGet();
        AppliedDeposit deposit = deposits.apply(new Deposit(DepositFormat.ZENGIN_TRANSFER_NOTICE, inquiry,
                "zengin:0310-101-" + unusedAccount + ":" + today + ":" + System.nanoTime() + "-" + inquiry, "0310",
                "101", unusedAccount, yen, today, today, "ｶ)ﾃｽﾄﾎﾞｳｴｷ", false));
        assertThat(deposit.getOutcome()).isEqualTo(DepositOutcome.UNMATCHED);
        return deposit;
    }

    @Test
    void aMatchProposedByAClerkPaysTheOrderOnlyOnceASupervisorApprovesIt() {
        PurchaseOrder order = order(2);
        AppliedDeposit deposit = mistyped(order.getTotalYen());
        assertThat(unmatched.list(clerk, null, 100)).extracting(AppliedDeposit::getId).containsExactly(deposit.getId());
        assertThat(unmatched.count(clerk)).isOne();

        UnmatchedDeposits.Preview preview = unmatched.preview(clerk, deposit.getId(), order.getOrderNumber().value());
        assertThat(preview.outcome()).isEqualTo(DepositOutcome.SETTLED);
        assertThat(preview.owedBackYen()).isZero();

        // typed in full-width digits, as a Japanese keyboard may give them
        String wide = order.getOrderNumber().value().chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);
        Proposal proposal = unmatched.proposeMatch(clerk, deposit.getId(), wide);
        assertThat(purchases.findByNumber(order.getOrderNumber()).orElseThrow().getStatus())
                .as("proposed, not applied").isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThatThrownBy(() -> unmatched.proposeMatch(data.staff(chamber), deposit.getId(),
                order.getOrderNumber().value())).as("one waits already").isInstanceOf(ProposalRefusedException.class);
        assertThatThrownBy(() -> proposals.approve(clerk, proposal.getId())).isInstanceOf(SupervisorOnlyException.class);

        proposals.approve(supervisor, proposal.getId());
        proposals.approve(supervisor, proposal.getId());   // again: nothing more

        assertThat(purchases.findByNumber(order.getOrderNumber()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(2);
        AppliedDeposit matched = deposits.find(deposit.getBankReference()).orElseThrow();
        assertThat(matched.getOutcome()).isEqualTo(DepositOutcome.SETTLED);
        assertThat(matched.getOrderId()).isEqualTo(order.getId());
        assertThat(matched.getMatchedByProposal()).isEqualTo(proposal.getId());
        assertThat(unmatched.list(clerk, null, 100)).isEmpty();
        assertThat(database.count("select count(*) from audit_event where subject = ?", "deposit:" + deposit.getId()))
                .isOne();
        assertThatThrownBy(() -> unmatched.proposeMatch(clerk, deposit.getId(), order.getOrderNumber().value()))
                .as("matched: not in the queue any more").isInstanceOf(DepositNotFoundException.class);
    }

    @Test
    void theNightlyJobsRulesDecideTooLittleTooMuchAndTooLate() {
        PurchaseOrder underpaid = order(2);
        AppliedDeposit less = mistyped(1_000);
        assertThat(unmatched.preview(clerk, less.getId(), underpaid.getOrderNumber().value()).outcome())
                .isEqualTo(DepositOutcome.UNDERPAID);
        proposals.approve(supervisor, unmatched.proposeMatch(clerk, less.getId(), underpaid.getOrderNumber().value())
                .getId());
        assertThat(deposits.find(less.getBankReference()).orElseThrow().getOutcome()).isEqualTo(DepositOutcome.UNDERPAID);
        assertThat(ledger.balanceOf(company.getId())).isZero();

        // the order is closed now (underpaid): a second deposit to it is owed back whole
        AppliedDeposit late = mistyped(2_200);
        UnmatchedDeposits.Preview preview = unmatched.preview(clerk, late.getId(), underpaid.getOrderNumber().value());
        assertThat(preview.outcome()).isEqualTo(DepositOutcome.LATE);
        assertThat(preview.owedBackYen()).isEqualTo(2_200);
        proposals.approve(supervisor, unmatched.proposeMatch(clerk, late.getId(), underpaid.getOrderNumber().value())
                .getId());
        assertThat(ledger.refundsOf(company.getId())).extracting(refund -> refund.getReason())
                .containsExactlyInAnyOrder(RefundReason.UNDERPAYMENT, RefundReason.LATE_DEPOSIT);

        PurchaseOrder overpaid = order(1);
        AppliedDeposit more = mistyped(1_500);
        assertThat(unmatched.preview(clerk, more.getId(), overpaid.getOrderNumber().value()).owedBackYen())
                .isEqualTo(1_500 - overpaid.getTotalYen());
        proposals.approve(supervisor, unmatched.proposeMatch(clerk, more.getId(), overpaid.getOrderNumber().value())
                .getId());
        assertThat(deposits.find(more.getBankReference()).orElseThrow().getOutcome()).isEqualTo(DepositOutcome.OVERPAID);
        assertThat(ledger.balanceOf(company.getId())).isOne();
    }

    @Test
    void manySupervisorsApprovingAtOnceApplyTheDepositOnce() throws Exception {
        PurchaseOrder order = order(3);
        AppliedDeposit deposit = mistyped(order.getTotalYen());
        Proposal proposal = unmatched.proposeMatch(clerk, deposit.getId(), order.getOrderNumber().value());
        List<SignedInUser> supervisors = List.of(supervisor, data.supervisor(chamber), data.supervisor(chamber),
                data.supervisor(chamber));
        Races.approveAtOnce(proposals, supervisors, proposal.getId());
        assertThat(ledger.balanceOf(company.getId())).isEqualTo(3);
        assertThat(database.count("select count(*) from ledger_entry where company_id = ? and type = 'PURCHASE'",
                company.getId())).isOne();
    }

    @Test
    void anotherChambersStaffSeeNoneOfItAndMatchNothingToAnotherChambersOrder() {
        PurchaseOrder order = order(1);
        AppliedDeposit deposit = mistyped(order.getTotalYen());
        Chamber other = data.chamber();
        SignedInUser theirs = data.staff(other);
        SignedInUser theirBuyer = data.userId(data.company(other, Membership.MEMBER));
        PurchaseOrder theirOrder = purchases.placeOrder(theirBuyer, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                PaymentMethod.BANK_TRANSFER, MailRequest.NONE));

        assertThat(unmatched.list(theirs, null, 100)).extracting(AppliedDeposit::getId).doesNotContain(deposit.getId());
        assertThatThrownBy(() -> unmatched.get(theirs, deposit.getId())).isInstanceOf(DepositNotFoundException.class);
        assertThatThrownBy(() -> unmatched.proposeMatch(theirs, deposit.getId(), theirOrder.getOrderNumber().value()))
                .isInstanceOf(DepositNotFoundException.class);
        assertThatThrownBy(() -> unmatched.proposeMatch(clerk, deposit.getId(), theirOrder.getOrderNumber().value()))
                .as("another chamber's order").isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> unmatched.proposeMatch(clerk, deposit.getId(), "not a number"))
                .isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> unmatched.list(buyer, null, 10)).isInstanceOf(StaffOnlyException.class);
        assertThatThrownBy(() -> unmatched.proposeMatch(buyer, deposit.getId(), order.getOrderNumber().value()))
                .isInstanceOf(StaffOnlyException.class);
        assertThat(database.count("select count(*) from proposal where deposit_id = ?", deposit.getId())).isZero();

        // another chamber's upload that paid none of its orders is that chamber's alone, even to our range
        AppliedDeposit uploaded = deposits.apply(new Deposit(DepositFormat.ZENGIN_TRANSFER_NOTICE, 1,
                "zengin:upload:" + System.nanoTime(), "0310", "101", unusedAccount, 1_100, today, today, "ｱ", false),
                null, other.getId());
        assertThat(unmatched.list(theirs, null, 100)).extracting(AppliedDeposit::getId).contains(uploaded.getId());
        assertThat(unmatched.list(clerk, null, 100)).extracting(AppliedDeposit::getId).doesNotContain(uploaded.getId());
    }

    @Test
    void aDepositOfNoOrderIsGivenBackToTheCompanyThatSentItOnlyOnceASupervisorApprovesIt() throws Exception {
        AppliedDeposit deposit = mistyped(5_000);
        assertThatThrownBy(() -> unmatched.proposeRefund(clerk, deposit.getId(), "9999000001"))
                .as("no company of the chamber").isInstanceOf(CompanyNotFoundException.class);
        Proposal proposal = unmatched.proposeRefund(clerk, deposit.getId(), company.getTradeRegistrationNumber().value());
        assertThat(proposal.getKind()).isEqualTo(ProposalKind.DEPOSIT_REFUND);
        assertThat(ledger.refundsOf(company.getId())).as("nothing owed before approval").isEmpty();
        assertThatThrownBy(() -> unmatched.proposeRefund(clerk, deposit.getId(),
                company.getTradeRegistrationNumber().value())).as("one proposal at a time")
                .isInstanceOf(ProposalRefusedException.class);
        assertThatThrownBy(() -> proposals.approve(clerk, proposal.getId())).isInstanceOf(SupervisorOnlyException.class);

        Races.approveAtOnce(proposals, List.of(supervisor, data.supervisor(chamber)), proposal.getId());

        assertThat(ledger.refundsOf(company.getId())).singleElement().satisfies(refund -> {
            assertThat(refund.getReason()).isEqualTo(RefundReason.UNMATCHED_DEPOSIT);
            assertThat(refund.getAmountYen()).isEqualTo(5_000);
            assertThat(refund.getOrderId()).isNull();
        });
        assertThat(database.count("select count(*) from deposit where id = ? and outcome = 'REFUNDED'"
                + " and refund_id is not null and matched_by_proposal = ?", deposit.getId(), proposal.getId())).isOne();
        assertThat(unmatched.list(clerk, null, 100)).extracting(AppliedDeposit::getId).doesNotContain(deposit.getId());
        assertThatThrownBy(() -> unmatched.get(clerk, deposit.getId())).isInstanceOf(DepositNotFoundException.class);
        assertThat(database.count("select count(*) from audit_event where action = 'DEPOSIT_REFUNDED'"
                + " and subject = ?", "deposit:" + deposit.getId())).isOne();
        assertThat(invariants.checkAll()).as("every deposited yen in one place")
                .noneMatch(violation -> violation.toString().contains(deposit.getBankReference()));
    }

    @Test
    void aDepositFromNoCompanyIsRecordedAsSentBackToItsSenderOnlyOnceASupervisorApprovesIt() throws Exception {
        AppliedDeposit deposit = mistyped(5_000);
        long id = deposit.getId();
        for (long yen : new long[] {0, 5_001}) {
            assertThatThrownBy(() -> unmatched.proposeReturn(clerk, id, today, yen, "FURI-1")).as(yen + " yen")
                    .isInstanceOfSatisfying(DepositReturnInvalidException.class,
                            refused -> assertThat(refused.why()).isEqualTo(DepositReturnInvalidException.Why.AMOUNT));
        }
        for (LocalDate day : new LocalDate[] {today.plusDays(1), today.minusDays(1), null}) {
            assertThatThrownBy(() -> unmatched.proposeReturn(clerk, id, day, 4_560, "FURI-1")).as("sent on " + day)
                    .isInstanceOfSatisfying(DepositReturnInvalidException.class,
                            refused -> assertThat(refused.why()).isEqualTo(DepositReturnInvalidException.Why.DATE));
        }
        for (String reference : new String[] {" ", "R".repeat(41), null}) {
            assertThatThrownBy(() -> unmatched.proposeReturn(clerk, id, today, 4_560, reference))
                    .isInstanceOfSatisfying(DepositReturnInvalidException.class, refused ->
                            assertThat(refused.why()).isEqualTo(DepositReturnInvalidException.Why.REFERENCE));
        }
        assertThatThrownBy(() -> unmatched.proposeReturn(buyer, id, today, 4_560, "FURI-1"))
                .isInstanceOf(StaffOnlyException.class);
        assertThatThrownBy(() -> unmatched.proposeReturn(data.staff(data.chamber()), id, today, 4_560, "FURI-1"))
                .as("another chamber's staff").isInstanceOf(DepositNotFoundException.class);
        assertThat(database.count("select count(*) from proposal where deposit_id = ?", id)).as("nothing proposed")
                .isZero();

        Proposal proposal = unmatched.proposeReturn(clerk, id, today, 4_560, " FURI-0001 ");
        assertThat(proposal.getKind()).isEqualTo(ProposalKind.DEPOSIT_RETURN);
        assertThat(proposal.getCompanyId()).as("the sender is no company").isNull();
        assertThatThrownBy(() -> unmatched.proposeRefund(clerk, id, company.getTradeRegistrationNumber().value()))
                .as("one proposal for the deposit at a time").isInstanceOf(ProposalRefusedException.class);
        assertThatThrownBy(() -> proposals.approve(clerk, proposal.getId())).isInstanceOf(SupervisorOnlyException.class);
        assertThat(unmatched.get(clerk, id).getOutcome()).as("nothing changes before approval")
                .isEqualTo(DepositOutcome.UNMATCHED);

        Races.approveAtOnce(proposals, List.of(supervisor, data.supervisor(chamber), data.supervisor(chamber)),
                proposal.getId());

        assertThat(database.count("select count(*) from deposit where id = ? and outcome = 'RETURNED'"
                + " and refund_id is null and order_id is null and matched_by_proposal = ?", id, proposal.getId()))
                .isOne();
        assertThat(database.count("select count(*) from proposal where id = ? and status = 'APPROVED'"
                + " and amount_yen = 4560 and paid_on = ? and reference = 'FURI-0001'", proposal.getId(), today)).isOne();
        assertThat(database.count("select count(*) from audit_event where action = 'DEPOSIT_RETURNED' and subject = ?",
                "deposit:" + id)).as("once").isOne();
        assertThat(ledger.refundsOf(company.getId())).as("nobody is owed anything").isEmpty();
        assertThat(unmatched.list(clerk, null, 100)).extracting(AppliedDeposit::getId).doesNotContain(id);
        assertThatThrownBy(() -> unmatched.proposeReturn(clerk, id, today, 4_560, "FURI-2"))
                .isInstanceOf(DepositNotFoundException.class);
        assertThat(invariants.checkAll()).as("every deposited yen in one place")
                .noneMatch(violation -> violation.toString().contains(deposit.getBankReference()));

        // the database keeps a returned deposit to its record of the transfer
        AppliedDeposit other = mistyped(1_100);
        assertThatThrownBy(() -> database.update("update deposit set outcome = 'RETURNED' where id = ?", other.getId()))
                .isInstanceOf(java.sql.SQLException.class);
    }
}
