package jp.tradecert.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.MembershipService;
import jp.tradecert.account.Proposal;
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
import jp.tradecert.it.Wallets;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundNotDueException;
import jp.tradecert.ledger.RefundNotFoundException;
import jp.tradecert.ledger.RefundPaymentInvalidException;
import jp.tradecert.ledger.RefundReason;
import jp.tradecert.ledger.RefundStatus;
import jp.tradecert.notification.MailOutbox;
import jp.tradecert.notification.OutboxMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The refund desk: refunds due listed per chamber, the 返金依頼書 printed, and a refund marked paid only
 * when a supervisor other than the proposer approves the payment, exactly once, with one mail to the buyer
 * who asked for mail; never for another chamber, never above what is owed, never twice.
 */
@IntegrationTest
class RefundsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(RefundsIT.class);
    }

    @EJB
    private RefundDesk desk;

    @EJB
    private Proposals proposals;

    @EJB
    private PurchaseService purchases;

    @EJB
    private LedgerService ledger;

    @EJB
    private MailOutbox outbox;

    @EJB
    private MembershipService memberships;

    @Inject
    private Wallets wallets;

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
    private LocalDate today;

    @BeforeEach
    void aChamberWithACompanyThatPaidTooMuch() {
        chamber = data.chamber();
        company = data.company(chamber, Membership.MEMBER);
        buyer = data.userId(company);
        clerk = data.staff(chamber);
        supervisor = data.supervisor(chamber);
        today = LocalDate.now(clock);
    }

    /** A bank order of one coupon, paid {@code excess} yen too much: that much is owed back on the order. */
    private RefundDue overpaid(long excess, boolean mail) {
        PurchaseOrder order = purchases.placeOrder(buyer, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                PaymentMethod.BANK_TRANSFER, mail ? MailRequest.to("buyer@example.jp") : MailRequest.NONE));
        purchases.settle(order.getId(), order.getTotalYen() + excess, today);
        return ledger.refundsOf(company.getId()).stream().filter(refund -> order.getId().equals(refund.getOrderId()))
                .findFirst().orElseThrow();
    }

    private RefundDue refund(long id) {
        return desk.get(clerk, id).refund();
    }

    @Test
    void aPaymentProposedByAClerkIsRecordedOnlyWhenASupervisorApprovesItAndTheBuyerIsMailedOnce() {
        RefundDue owed = overpaid(900, true);
        assertThat(owed.getReason()).isEqualTo(RefundReason.OVERPAYMENT);

        Proposal proposal = proposals.proposeRefundPaid(clerk, owed.getId(), today, 340, " FB-0001 ");
        assertThat(refund(owed.getId()).getStatus()).as("proposed, not paid").isEqualTo(RefundStatus.DUE);
        assertThat(desk.get(clerk, owed.getId()).paymentProposed()).isTrue();
        assertThat(proposals.pending(clerk)).extracting(Proposal::getId).containsExactly(proposal.getId());

        assertThatThrownBy(() -> proposals.approve(clerk, proposal.getId())).isInstanceOf(SupervisorOnlyException.class);
        assertThatThrownBy(() -> proposals.approve(data.staff(chamber), proposal.getId()))
                .isInstanceOf(SupervisorOnlyException.class);
        assertThat(refund(owed.getId()).getStatus()).isEqualTo(RefundStatus.DUE);

        proposals.approve(supervisor, proposal.getId());
        proposals.approve(supervisor, proposal.getId());   // again: nothing more

        RefundDue paid = refund(owed.getId());
        assertThat(paid.getStatus()).isEqualTo(RefundStatus.PAID);
        assertThat(paid.getPaidOn()).isEqualTo(today);
        assertThat(paid.getPaidYen()).as("900 owed, 560 of fees deducted").isEqualTo(340);
        assertThat(paid.getPaidReference()).isEqualTo("FB-0001");
        assertThat(paid.getPaidByProposal()).isEqualTo(proposal.getId());
        assertThat(desk.get(clerk, owed.getId()).paymentProposed()).isFalse();

        List<OutboxMail> mails = outbox.ofOrder(owed.getOrderId()).stream()
                .filter(mail -> mail.getKind().equals(PurchaseMail.REFUND_PAID.name())).toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getToAddress()).isEqualTo("buyer@example.jp");
        assertThat(mails.get(0).getBody()).contains("900 円", "340 円", "560 円", "超えた分");
        assertThat(database.count("select count(*) from audit_event where subject = ?", "refund:" + owed.getId()))
                .as("the payment audited once").isEqualTo(1);
        assertThat(database.count("select count(*) from audit_event where subject = ?", "proposal:" + proposal.getId()))
                .as("proposed and approved").isEqualTo(2);
    }

    @Test
    void aRefundIsNeverPaidTwiceNorProposedTwiceAtOnce() {
        RefundDue owed = overpaid(500, false);
        Proposal first = proposals.proposeRefundPaid(clerk, owed.getId(), today, 500, "FB-1");
        assertThatThrownBy(() -> proposals.proposeRefundPaid(data.staff(chamber), owed.getId(), today, 500, "FB-2"))
                .as("one waits already").isInstanceOf(ProposalRefusedException.class);

        proposals.approve(supervisor, first.getId());
        assertThatThrownBy(() -> proposals.proposeRefundPaid(clerk, owed.getId(), today, 500, "FB-3"))
                .isInstanceOf(RefundNotDueException.class);
        assertThat(outbox.ofOrder(owed.getOrderId())).as("no mail asked for")
                .noneMatch(mail -> mail.getKind().equals(PurchaseMail.REFUND_PAID.name()));

        RefundDue another = overpaid(700, false);
        assertThatThrownBy(() -> database.update("update refund_due set status = 'PAID' where id = ?", another.getId()))
                .as("the database refuses a PAID refund without its payment").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> database.update("update refund_due set paid_yen = 701 where id = ?", another.getId()))
                .as("nor more than was owed").isInstanceOf(SQLException.class);
    }

    @Test
    void manySupervisorsApprovingAtOnceRecordThePaymentOnce() throws Exception {
        RefundDue owed = overpaid(1_000, true);
        Proposal proposal = proposals.proposeRefundPaid(clerk, owed.getId(), today, 440, "FB-CONCURRENT");
        List<SignedInUser> supervisors = List.of(supervisor, data.supervisor(chamber), data.supervisor(chamber),
                data.supervisor(chamber));
        Races.approveAtOnce(proposals, supervisors, proposal.getId());
        assertThat(refund(owed.getId()).getStatus()).isEqualTo(RefundStatus.PAID);
        assertThat(outbox.ofOrder(owed.getOrderId()))
                .filteredOn(mail -> mail.getKind().equals(PurchaseMail.REFUND_PAID.name())).hasSize(1);
        assertThat(database.count("select count(*) from audit_event where subject = ?", "refund:" + owed.getId()))
                .isEqualTo(1);
    }

    @Test
    void whatAPaymentSaysIsCheckedBeforeAnythingIsWritten() {
        RefundDue owed = overpaid(900, false);
        assertThatThrownBy(() -> proposals.proposeRefundPaid(clerk, owed.getId(), today, 901, "FB"))
                .isInstanceOfSatisfying(RefundPaymentInvalidException.class,
                        refused -> assertThat(refused.why()).isEqualTo(RefundPaymentInvalidException.Why.AMOUNT));
        assertThatThrownBy(() -> proposals.proposeRefundPaid(clerk, owed.getId(), today, -1, "FB"))
                .isInstanceOf(RefundPaymentInvalidException.class);
        assertThatThrownBy(() -> proposals.proposeRefundPaid(clerk, owed.getId(), today.plusDays(1), 900, "FB"))
                .isInstanceOfSatisfying(RefundPaymentInvalidException.class,
                        refused -> assertThat(refused.why()).isEqualTo(RefundPaymentInvalidException.Why.DATE));
        assertThatThrownBy(() -> proposals.proposeRefundPaid(clerk, owed.getId(), today.minusYears(1), 900, "FB"))
                .as("before the refund was owed").isInstanceOf(RefundPaymentInvalidException.class);
        assertThatThrownBy(() -> proposals.proposeRefundPaid(clerk, owed.getId(), null, 900, "FB"))
                .isInstanceOf(RefundPaymentInvalidException.class);
        assertThatThrownBy(() -> proposals.proposeRefundPaid(clerk, owed.getId(), today, 900, "  "))
                .isInstanceOfSatisfying(RefundPaymentInvalidException.class,
                        refused -> assertThat(refused.why()).isEqualTo(RefundPaymentInvalidException.Why.REFERENCE));
        assertThatThrownBy(() -> proposals.proposeRefundPaid(clerk, owed.getId(), today, 900, "X".repeat(41)))
                .isInstanceOf(RefundPaymentInvalidException.class);
        assertThat(database.count("select count(*) from proposal where refund_id = ?", owed.getId())).isZero();

        assertThat(proposals.proposeRefundPaid(clerk, owed.getId(), today, 0, "全額が手数料").getAmountYen())
                .as("fees may take all of it").isZero();
    }

    @Test
    void anotherChambersStaffAndApplicantsFindNoRefund() {
        RefundDue owed = overpaid(900, false);
        SignedInUser theirs = data.staff(data.chamber());

        assertThatThrownBy(() -> desk.get(theirs, owed.getId())).isInstanceOf(RefundNotFoundException.class);
        assertThatThrownBy(() -> desk.requestForm(theirs, owed.getId())).isInstanceOf(RefundNotFoundException.class);
        assertThatThrownBy(() -> proposals.proposeRefundPaid(theirs, owed.getId(), today, 900, "FB"))
                .isInstanceOf(RefundNotFoundException.class);
        assertThat(desk.list(theirs, RefundStatus.DUE, null, 100)).extracting(row -> row.refund().getId())
                .doesNotContain(owed.getId());
        assertThatThrownBy(() -> desk.get(buyer, owed.getId())).isInstanceOf(StaffOnlyException.class);
        assertThatThrownBy(() -> desk.list(buyer, RefundStatus.DUE, null, 10)).isInstanceOf(StaffOnlyException.class);
        assertThatThrownBy(() -> proposals.proposeRefundPaid(buyer, owed.getId(), today, 900, "FB"))
                .isInstanceOf(StaffOnlyException.class);
        assertThatThrownBy(() -> desk.get(clerk, Long.MAX_VALUE)).isInstanceOf(RefundNotFoundException.class);
        assertThat(database.count("select count(*) from proposal where refund_id = ?", owed.getId())).isZero();
    }

    @Test
    void theDeskListsTheChambersRefundsByStatusAPageAtATimeAndPrintsTheirForms() {
        RefundDue first = overpaid(100, false);
        RefundDue second = overpaid(200, false);
        RefundDue third = overpaid(300, false);

        List<RefundDesk.Row> page = desk.list(clerk, RefundStatus.DUE, null, 2);
        assertThat(page).extracting(row -> row.refund().getId()).containsExactly(first.getId(), second.getId());
        assertThat(page.get(0).orderNumber()).matches("[0-9]{23}");
        assertThat(page.get(0).tradeRegistrationNumber()).isEqualTo(company.getTradeRegistrationNumber().value());
        assertThat(desk.list(clerk, RefundStatus.DUE, second.getId(), 2)).extracting(row -> row.refund().getId())
                .containsExactly(third.getId());
        assertThat(desk.count(clerk, RefundStatus.DUE)).isEqualTo(3);
        assertThat(desk.totalYen(clerk, RefundStatus.DUE)).isEqualTo(600);

        proposals.approve(supervisor, proposals.proposeRefundPaid(clerk, second.getId(), today, 200, "FB").getId());
        assertThat(desk.list(clerk, RefundStatus.DUE, null, 10)).extracting(row -> row.refund().getId())
                .containsExactly(first.getId(), third.getId());
        assertThat(desk.list(clerk, RefundStatus.PAID, null, 10)).extracting(row -> row.refund().getId())
                .containsExactly(second.getId());
        assertThat(desk.totalYen(clerk, RefundStatus.DUE)).isEqualTo(400);

        byte[] form = desk.requestForm(clerk, first.getId()).content();
        assertThat(new String(form, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(desk.requestForm(clerk, first.getId()).fileName()).isEqualTo("返金依頼書_" + first.getId() + ".pdf");
    }

    @Test
    void aRefundOfNoOrderIsListedReadAndPrintedToo() {
        wallets.buy(buyer, 2, 0);
        RefundDue membership = memberships.changeMembership(supervisor, company.getId(), Membership.NON_MEMBER, "退会");
        assertThat(membership.getOrderId()).isNull();

        List<RefundDesk.Row> due = desk.list(clerk, RefundStatus.DUE, null, 10);
        assertThat(due).extracting(row -> row.refund().getId()).containsExactly(membership.getId());
        assertThat(due.get(0).orderNumber()).isNull();
        assertThat(desk.get(clerk, membership.getId()).refund().getAmountYen()).isEqualTo(membership.getAmountYen())
                .isPositive();
        assertThat(new String(desk.requestForm(clerk, membership.getId()).content(), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }
}
