package jp.tradecert.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.ChamberOperations;
import jp.tradecert.account.ChamberReports;
import jp.tradecert.account.Company;
import jp.tradecert.account.CompanyDirectory;
import jp.tradecert.account.CompanyRegistration;
import jp.tradecert.account.CompanyRegistration.NewAccount;
import jp.tradecert.account.CompanyRegistration.NewCompany;
import jp.tradecert.account.Membership;
import jp.tradecert.account.MembershipService;
import jp.tradecert.account.Proposal;
import jp.tradecert.account.Proposals;
import jp.tradecert.account.RegistrationRefusedException;
import jp.tradecert.account.Role;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffAccounts;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.account.StaffRank;
import jp.tradecert.account.SupervisorOnlyException;
import jp.tradecert.catalog.CatalogService;
import jp.tradecert.catalog.Product;
import jp.tradecert.deposit.BankFileService;
import jp.tradecert.deposit.AppliedDeposit;
import jp.tradecert.deposit.Deposit;
import jp.tradecert.deposit.DepositFormat;
import jp.tradecert.deposit.DepositService;
import jp.tradecert.deposit.UnmatchedDeposits;
import jp.tradecert.it.Database;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.OrderDesk;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;
import jp.tradecert.purchase.RefundDesk;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The console's isolation matrix, at the services every console page and action calls: each action on a
 * company, order, refund, deposit or proposal of chamber 1, tried by chamber 1's applicant (user ID and
 * admin ID), by the operator, by chamber 2's clerk and supervisor, and — for what only a supervisor
 * does — by chamber 1's clerk, is refused (staff only, supervisor only) or not found, and nothing at all
 * is written. Chamber 1's clerk reads every one of them (the rows are reachable: the refusals are the
 * actor's), and so does the operator once it looks at chamber 1, which is refused every change there.
 */
@IntegrationTest
class ConsoleIsolationIT {

    /** The tables an action of the console writes to. */
    private static final List<String> WRITTEN = List.of("proposal", "audit_event", "refund_due", "ledger_entry",
            "company", "user_account", "membership_change", "lot", "price", "bank_file");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(ConsoleIsolationIT.class);
    }

    @EJB
    private CompanyDirectory directory;

    @EJB
    private OrderDesk orders;

    @EJB
    private RefundDesk refunds;

    @EJB
    private UnmatchedDeposits unmatched;

    @EJB
    private Proposals proposals;

    @EJB
    private MembershipService memberships;

    @EJB
    private CompanyRegistration registration;

    @EJB
    private ChamberReports reports;

    @EJB
    private PurchaseService purchases;

    @EJB
    private DepositService deposits;

    @EJB
    private LedgerService ledger;

    @EJB
    private AccountService accounts;

    @EJB
    private ChamberOperations operations;

    @EJB
    private CatalogService catalog;

    @EJB
    private BankFileService bankFiles;

    @EJB
    private StaffAccounts staffAccounts;

    @Inject
    private TestData data;

    @Inject
    private Database database;

    @Inject
    private Clock clock;

    /** An action of the console on chamber 1's things, as one actor tries it. */
    private record Action(String name, boolean supervisorOnly, Function<SignedInUser, Object> call) {
    }

    @Test
    void everyActionOnAChambersThingsIsRefusedOrNotFoundForEveryoneButItsStaffAndNothingIsWritten()
            throws Exception {
        Chamber chamber = data.chamber();
        Company company = data.company(chamber, Membership.MEMBER);
        SignedInUser signer = data.userId(company);
        SignedInUser admin = data.companyAdmin(company);
        SignedInUser clerk = data.staff(chamber);
        LocalDate today = LocalDate.now(clock);
        PurchaseOrder overpaid = purchases.placeOrder(signer, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                PaymentMethod.BANK_TRANSFER, MailRequest.NONE));
        purchases.settle(overpaid.getId(), overpaid.getTotalYen() + 900, today);
        RefundDue refund = ledger.refundsOf(company.getId()).get(0);
        Company other = data.company(chamber, Membership.MEMBER);
        SignedInUser otherSigner = data.userId(other);
        PurchaseOrder open = purchases.placeOrder(otherSigner, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                PaymentMethod.BANK_TRANSFER, MailRequest.NONE));
        String unusedAccount = String.valueOf(Integer.parseInt(chamber.getCode().value()) * 1_000
                + TestData.POOL_SIZE - 1);
        AppliedDeposit deposit = deposits.apply(new Deposit(DepositFormat.ZENGIN_TRANSFER_NOTICE, 1,
                "zengin:0310-101-" + unusedAccount + ":" + today + ":" + System.nanoTime(), "0310", "101",
                unusedAccount, open.getTotalYen(), today, today, "ｶ)ﾃｽﾄﾎﾞｳｴｷ", false));
        Proposal pending = proposals.proposeAdjustment(clerk, company.getId(), 1, "補填");
        String openNumber = open.getOrderNumber().value();

        Chamber elsewhere = data.chamber();
        accounts.createOperator(elsewhere, "iso-operator", "日商 運用担当", TestData.PASSWORD.toCharArray());
        SignedInUser operator = accounts.authenticate(elsewhere.getCode().value(), "iso-operator",
                TestData.PASSWORD.toCharArray()).orElseThrow();

        long id = company.getId();
        List<Action> actions = List.of(
                new Action("company", false, user -> directory.get(user, id)),
                new Action("company's users", false, user -> directory.usersOf(user, id)),
                new Action("refund preview of a membership change", false, user -> memberships.refundPreview(user, id)),
                new Action("order", false, user -> orders.get(user, open.getId())),
                new Action("refund", false, user -> refunds.get(user, refund.getId())),
                new Action("返金依頼書", false, user -> refunds.requestForm(user, refund.getId())),
                new Action("unmatched deposit", false, user -> unmatched.get(user, deposit.getId())),
                new Action("match preview", false, user -> unmatched.preview(user, deposit.getId(), openNumber)),
                new Action("proposal", false, user -> proposals.get(user, pending.getId())),
                new Action("cancel the order", false, user -> orders.cancel(user, open.getId())),
                new Action("propose an adjustment", false, user -> proposals.proposeAdjustment(user, id, 5, "調整")),
                new Action("propose the refund paid", false, user -> proposals.proposeRefundPaid(user,
                        refund.getId(), today, 900, "REF-1")),
                new Action("propose a membership change", false, user -> proposals.proposeMembershipChange(user, id,
                        Membership.NON_MEMBER, "退会")),
                new Action("propose the match", false, user -> unmatched.proposeMatch(user, deposit.getId(),
                        openNumber)),
                new Action("add a user ID", false, user -> registration.addAccount(user, id, Role.USER,
                        new NewAccount("iso-intruder", "侵入者"), null)),
                new Action("register a company of the chamber", false, user -> registration.register(user,
                        new NewCompany(chamber.getCode().value() + "999777", "偽会社", "Fake Co.", null, Membership.MEMBER,
                                new NewAccount("iso-user", "署名"), new NewAccount("iso-admin", "管理")))),
                new Action("stop the user ID", false, user -> registration.setEnabled(user, id, signer.accountId(),
                        false)),
                new Action("renew the registration", false, user -> memberships.renewRegistration(user, id)),
                new Action("change the membership at once", false, user -> memberships.changeMembership(user, id,
                        Membership.NON_MEMBER, "退会")),
                new Action("adjust the balance at once", false, user -> operations.adjust(user, id, 3, "調整",
                        "iso-adjust-" + user.accountId())),
                new Action("make the clerk a supervisor", true, user -> staffAccounts.changeRank(user,
                        clerk.accountId(), StaffRank.SUPERVISOR)),
                new Action("stop the clerk's ID", true, user -> staffAccounts.setEnabled(user, clerk.accountId(),
                        false)),
                new Action("approve the proposal", true, user -> proposals.approve(user, pending.getId())),
                new Action("reject the proposal", true, user -> proposals.reject(user, pending.getId())));

        Map<String, SignedInUser> outsiders = new LinkedHashMap<>();
        outsiders.put("the applicant's user ID", signer);
        outsiders.put("the applicant's admin ID", admin);
        outsiders.put("the operator", operator);
        outsiders.put("another chamber's clerk", data.staff(elsewhere));
        outsiders.put("another chamber's supervisor", data.supervisor(elsewhere));

        Map<String, Long> before = counts();
        List<String> leaks = new ArrayList<>();
        for (Action action : actions) {
            for (Map.Entry<String, SignedInUser> outsider : outsiders.entrySet()) {
                refusedOrNotFound(action, outsider.getKey(), outsider.getValue(), leaks);
            }
            if (action.supervisorOnly()) {
                try {
                    action.call().apply(clerk);
                    leaks.add(action.name() + " by the chamber's clerk: done");
                } catch (SupervisorOnlyException refused) {
                    // as it must be
                }
            }
        }
        // the operator looking at the chamber reads what its clerk reads, and changes nothing: neither what is
        // the chamber's above nor what any staff member does to its own chamber
        SignedInUser looking = accounts.viewing(operator, chamber.getId());
        List<Action> ownChamber = List.of(
                new Action("publish a price", false, user -> catalog.publishFuturePrice(user, Product.SINGLE,
                        Membership.MEMBER, 999, today.plusDays(30))),
                new Action("upload a bank file", false, user -> bankFiles.upload(user, "iso.txt",
                        new ByteArrayInputStream("1".getBytes(StandardCharsets.US_ASCII)))));
        for (Action action : actions.subList(9, actions.size())) {
            refusedOrNotFound(action, "the operator looking at the chamber", looking, leaks);
        }
        for (Action action : ownChamber) {
            refusedOrNotFound(action, "the operator looking at the chamber", looking, leaks);
        }
        assertThat(leaks).as("actions that were not refused or not found").isEmpty();
        assertThat(counts()).as("nothing written").isEqualTo(before);
        assertThat(reports.month(outsiders.get("another chamber's clerk"), YearMonth.now(clock)).closing().coupons())
                .as("another chamber's report counts none of these coupons").isZero();

        for (Action action : actions.subList(0, 9)) {
            assertThat(action.call().apply(clerk)).as(action.name() + " read by the chamber's own clerk").isNotNull();
            assertThat(action.call().apply(looking)).as(action.name() + " read by the operator looking at the chamber")
                    .isNotNull();
        }
        assertThat(directory.search(looking, "", null, 10)).as("the operator finds the chamber's companies")
                .extracting(Company::getId).contains(company.getId(), other.getId());
        assertThat(directory.search(operator, "", null, 10)).as("and, looking at its own office, none of them")
                .extracting(Company::getId).doesNotContain(company.getId(), other.getId());
        assertThat(counts()).as("nothing written by the reads").isEqualTo(before);
    }

    private static void refusedOrNotFound(Action action, String who, SignedInUser user, List<String> leaks) {
        try {
            action.call().apply(user);
            leaks.add(action.name() + " by " + who + ": done");
        } catch (StaffOnlyException | SupervisorOnlyException | RegistrationRefusedException refused) {
            // refused: the staff of the chamber only
        } catch (BusinessException refused) {
            if (!refused.getClass().getSimpleName().endsWith("NotFoundException")) {
                leaks.add(action.name() + " by " + who + ": " + refused.getClass().getSimpleName());
            }
        } catch (RuntimeException failure) {
            leaks.add(action.name() + " by " + who + ": failed with " + failure);
        }
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : WRITTEN) {
            counts.put(table, database.count("select count(*) from " + table));
        }
        counts.put("orders cancelled", database.count("select count(*) from purchase_order where status = 'CANCELLED'"));
        counts.put("deposits matched", database.count("select count(*) from deposit where matched_by_proposal is not null"));
        counts.put("supervisors", database.count("select count(*) from user_account where staff_rank = 'SUPERVISOR'"));
        counts.put("accounts stopped", database.count("select count(*) from user_account where enabled = false"));
        return counts;
    }
}
