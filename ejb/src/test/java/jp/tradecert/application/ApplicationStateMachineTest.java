package jp.tradecert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.tradecert.account.Membership;
import jp.tradecert.platform.ReasonRequiredException;
import org.junit.jupiter.api.Test;

class ApplicationStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");

    @Test
    void submitHoldResubmitApproveWithTheirCouponMoves() {
        CertificateApplication application = byCoupon();

        assertThat(application.submit(1, NOW)).isEqualTo(CouponMove.CONSUME);
        assertThat(application.putOnHold(1, "不備", NOW)).isEqualTo(CouponMove.GIVE_BACK);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ON_HOLD);
        assertThat(application.submit(2, NOW)).isEqualTo(CouponMove.CONSUME);
        application.approve(NOW);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(application.getSubmissions()).isEqualTo(2);
        assertThat(application.getHolds()).isOne();
    }

    @Test
    void repeatedMovesChangeNothing() {
        CertificateApplication application = byCoupon();
        application.submit(1, NOW);

        assertThat(application.submit(1, NOW)).isEqualTo(CouponMove.NONE);
        application.putOnHold(1, "不備", NOW);
        assertThat(application.putOnHold(1, "不備", NOW)).isEqualTo(CouponMove.NONE);
        assertThat(application.submit(1, NOW)).as("a late duplicate of the first submission")
                .isEqualTo(CouponMove.NONE);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ON_HOLD);
        application.withdraw(NOW);
        assertThat(application.withdraw(NOW)).isEqualTo(CouponMove.NONE);
    }

    @Test
    void withdrawingGivesBackOnlyACouponTheApplicationHolds() {
        CertificateApplication submitted = byCoupon();
        submitted.submit(1, NOW);
        assertThat(submitted.withdraw(NOW)).isEqualTo(CouponMove.GIVE_BACK);

        CertificateApplication held = byCoupon();
        held.submit(1, NOW);
        held.putOnHold(1, "不備", NOW);
        assertThat(held.withdraw(NOW)).isEqualTo(CouponMove.NONE);

        assertThat(byCoupon().withdraw(NOW)).isEqualTo(CouponMove.NONE);
    }

    @Test
    void aCardPaidApplicationMovesNoCouponAndWaitsAfterApproval() {
        CertificateApplication application = application(FeePayment.CARD);
        assertThat(application.submit(1, NOW)).isEqualTo(CouponMove.NONE);
        application.approve(NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void illegalMovesAreRefused() {
        CertificateApplication draft = byCoupon();
        assertThatThrownBy(() -> draft.approve(NOW)).isInstanceOf(IllegalApplicationTransitionException.class);
        assertThatThrownBy(() -> draft.putOnHold(1, "不備", NOW))
                .isInstanceOf(IllegalApplicationTransitionException.class);
        assertThatThrownBy(() -> draft.submit(2, NOW)).isInstanceOf(IllegalApplicationTransitionException.class);

        CertificateApplication issued = byCoupon();
        issued.submit(1, NOW);
        assertThatThrownBy(() -> issued.putOnHold(1, "", NOW)).isInstanceOf(ReasonRequiredException.class);
        issued.approve(NOW);
        assertThatThrownBy(() -> issued.withdraw(NOW)).isInstanceOf(IllegalApplicationTransitionException.class);
        assertThatThrownBy(() -> issued.submit(2, NOW)).isInstanceOf(IllegalApplicationTransitionException.class);
    }

    @Test
    void theFormIsValidatedOnce() {
        assertThatThrownBy(() -> new ApplicationForm(CertificateType.INVOICE, ItemCategory.FOOD, "ASIA", "china",
                "a", "b", "c", "d", FeePayment.COUPON, CONTENT)).isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo("destinationCountry");
        assertThatThrownBy(() -> new ApplicationForm(CertificateType.INVOICE, ItemCategory.FOOD, "ASIA", "CN",
                " ", "b", "c", "d", FeePayment.COUPON, CONTENT)).isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo("applicantName");
    }

    static final CertificateContent CONTENT = new CertificateContent("Dakar Trading SARL", "Rue 10, Dakar",
            "KOBE, JAPAN", "DAKAR, SENEGAL", "MAERSK KOBE V.123", LocalDate.of(2026, 12, 10), "INV-42",
            LocalDate.of(2026, 12, 1), "JP", List.of(new GoodsLine("KNF 1-10", "10 CARTONS OF DRIED SEAWEED",
                    "500 KG", null)));

    private static CertificateApplication byCoupon() {
        return application(FeePayment.COUPON);
    }

    private static CertificateApplication application(FeePayment payment) {
        return new CertificateApplication(1, 2, 3, new ApplicationForm(CertificateType.ORIGIN_JAPANESE,
                ItemCategory.GENERAL_MACHINERY, "AFRICA", "SN", "株式会社加古川自然食品", "カール・フリードリヒ・ツァイス",
                "株式会社加古川自然食品", "カール・フリードリヒ・ツァイス", payment, CONTENT), Membership.MEMBER, 1_100, NOW, null);
    }
}
