package jp.tradecert.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.ChamberOperations;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.MembershipChange;
import jp.tradecert.account.MembershipService;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.application.ApplicationService;
import jp.tradecert.application.FeePayment;
import jp.tradecert.application.ItemCategory;
import jp.tradecert.catalog.Product;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.Forms;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.it.Wallets;
import jp.tradecert.platform.ReasonRequiredException;
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

/** The chamber's operations on a balance: hand adjustments and the refund on a change of membership. */
@IntegrationTest
class LedgerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(LedgerIT.class);
    }

    @EJB
    private ChamberOperations operations;

    @EJB
    private MembershipService memberships;

    @EJB
    private LedgerService ledger;

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

    private Chamber chamber;
    private Company company;
    private SignedInUser signer;
    private SignedInUser staff;

    @BeforeEach
    void aMemberCompany() {
        chamber = data.chamber();
        company = data.company(chamber, Membership.MEMBER);
        signer = data.userId(company);
        staff = data.staff(chamber);
    }

    @AfterEach
    void invariantsHold() {
        assertThat(invariants.check(company.getId())).isEmpty();
    }

    @Test
    void theChamberAddsAndRemovesCouponsWithAReasonOncePerRequest() {
        wallets.buy(signer, 2, 0);

        LedgerEntry added = operations.adjust(staff, company.getId(), 3, "システム障害の補填", "request-1");
        operations.adjust(staff, company.getId(), 3, "システム障害の補填", "request-1");
        LedgerEntry removed = operations.adjust(staff, company.getId(), -4, "誤発行の取消", "request-2");

        assertThat(added.getType()).isEqualTo(EntryType.CHAMBER_ADJUSTMENT);
        assertThat(added.getBalanceAfter()).isEqualTo(5);
        assertThat(removed.getBalanceAfter()).isEqualTo(1);
        assertThat(ledger.balanceOf(company.getId())).isOne();
        // removal takes the oldest coupons first: both bought ones, then two of the three added
        assertThat(ledger.lotsOf(company.getId())).extracting(Lot::getKind, Lot::getRemaining)
                .containsExactly(tuple(LotKind.SINGLE, 0), tuple(LotKind.ADJUSTMENT, 1));
    }

    @Test
    void anAdjustmentNeedsAReasonStaffOfTheChamberAndEnoughCoupons() {
        wallets.buy(signer, 1, 0);
        SignedInUser otherStaff = data.staff(data.chamber());

        assertThatThrownBy(() -> operations.adjust(staff, company.getId(), 1, " ", "r1"))
                .isInstanceOf(ReasonRequiredException.class);
        assertThatThrownBy(() -> operations.adjust(otherStaff, company.getId(), 1, "理由", "r2"))
                .isInstanceOf(StaffOnlyException.class);
        assertThatThrownBy(() -> operations.adjust(signer, company.getId(), 1, "理由", "r3"))
                .isInstanceOf(StaffOnlyException.class);
        assertThatThrownBy(() -> operations.adjust(staff, company.getId(), -2, "理由", "r4"))
                .isInstanceOf(InsufficientCouponsException.class);
        assertThat(ledger.balanceOf(company.getId())).isOne();
    }

    @Test
    void leavingRefundsEachUnusedCouponAtItsPriceLess1100PerStartedBooklet() {
        wallets.buy(signer, 1, 2);  // 1 single at 1,100 and 2 booklets at 31,900
        for (int i = 0; i < 15; i++) {
            use();                  // the single, then 14 coupons of the first booklet
        }
        assertThat(remaining()).containsExactly(0, 16, 30);

        RefundDue refund = memberships.changeMembership(staff, company.getId(), Membership.NON_MEMBER, "退会");

        // booklet 1: 16 x 1,100 - 1,100 = 16,500; booklet 2: 30 x 1,100 - 1,100 = 31,900
        assertThat(refund.getAmountYen()).isEqualTo(48_400);
        assertThat(refund.getReason()).isEqualTo(RefundReason.MEMBERSHIP_CHANGE);
        assertThat(ledger.balanceOf(company.getId())).isZero();
        assertThat(remaining()).containsExactly(0, 0, 0);
        LedgerEntry entry = ledger.findEntry("membership-change:" + memberships.historyOf(company.getId()).get(0)
                .getId()).orElseThrow();
        assertThat(entry.getType()).isEqualTo(EntryType.REFUND);
        assertThat(entry.getQuantity()).isEqualTo(-46);
        assertThat(entry.getSystemNote()).isEqualTo(SystemNote.MEMBERSHIP_LEFT);
        assertThat(entry.getNote()).isNull();
        assertThat(refund.getEntryId()).isEqualTo(entry.getId());
    }

    @Test
    void aChangeOfMembershipIsRecordedOnceAndLaterPurchasesPayTheNewTier() {
        wallets.buy(signer, 3, 0);

        RefundDue refund = memberships.changeMembership(staff, company.getId(), Membership.NON_MEMBER, "退会届");
        RefundDue again = memberships.changeMembership(staff, company.getId(), Membership.NON_MEMBER, "退会届");

        assertThat(again.getId()).isEqualTo(refund.getId());
        assertThat(refund.getAmountYen()).isEqualTo(3_300);
        assertThat(memberships.historyOf(company.getId())).extracting(MembershipChange::getFrom,
                MembershipChange::getTo, MembershipChange::getReason)
                .containsExactly(tuple(Membership.MEMBER, Membership.NON_MEMBER, "退会届"));
        PurchaseOrder order = purchases.placeOrder(signer, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                PaymentMethod.CARD, MailRequest.NONE));
        assertThat(order.getTier()).isEqualTo(Membership.NON_MEMBER);
        assertThat(order.getTotalYen()).isEqualTo(3_300);

        RefundDue joined = memberships.changeMembership(staff, company.getId(), Membership.MEMBER, null);
        assertThat(joined.getAmountYen()).isZero();
        assertThat(memberships.historyOf(company.getId())).hasSize(2);
    }

    @Test
    void aWholeUnusedBookletIsRefundedInFull() {
        wallets.buy(signer, 0, 1);

        assertThat(memberships.changeMembership(staff, company.getId(), Membership.NON_MEMBER, "退会")
                .getAmountYen()).isEqualTo(31_900);
    }

    @Test
    void onlyTheChambersStaffChangeAMembership() {
        assertThatThrownBy(() -> memberships.changeMembership(signer, company.getId(), Membership.NON_MEMBER, "x"))
                .isInstanceOf(StaffOnlyException.class);
        assertThat(memberships.historyOf(company.getId())).isEmpty();
    }

    private void use() {
        long id = applications.createDraft(signer, Forms.form(ItemCategory.FOOD, "ASIA", "CN", "試験会社", "署名者",
                FeePayment.COUPON)).getId();
        applications.submit(signer, id, 1);
    }

    private List<Integer> remaining() {
        return ledger.lotsOf(company.getId()).stream().map(Lot::getRemaining).toList();
    }
}
