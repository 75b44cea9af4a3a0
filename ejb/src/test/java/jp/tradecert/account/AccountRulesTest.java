package jp.tradecert.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

    private final Chamber osaka = new Chamber(new ChamberCode("2701"), "大阪商工会議所", "Osaka CCI");
    private final Company company = new Company(osaka, new TradeRegistrationNumber("2701000002"), "加古川自然食品",
            "Kakogawa Natural Foods", Membership.MEMBER, LocalDate.of(2026, 4, 1));

    @Test
    void aRegistrationIsValidForTwoYears() {
        assertThat(company.getRegistrationExpiresOn()).isEqualTo(LocalDate.of(2028, 4, 1));
    }

    @Test
    void aRegistrationHoldsThroughItsLastDayAndARenewalAddsTwoYears() {
        LocalDate last = company.getRegistrationExpiresOn();
        company.requireRegistration(last);
        assertThatThrownBy(() -> company.requireRegistration(last.plusDays(1)))
                .isInstanceOf(RegistrationExpiredException.class);

        company.renewRegistration(last.minusMonths(1));
        assertThat(company.getRegistrationExpiresOn()).as("renewed in time: from the old expiry")
                .isEqualTo(last.plusYears(2));
        company.renewRegistration(last.plusYears(3));
        assertThat(company.getRegistrationExpiresOn()).as("renewed after lapsing: from that day")
                .isEqualTo(last.plusYears(5));
    }

    @Test
    void aCompanyIsRegisteredAtTheChamberItsNumberNames() {
        assertThatThrownBy(() -> new Company(osaka, new TradeRegistrationNumber("2801000001"), "神戸", "Kobe",
                Membership.NON_MEMBER, LocalDate.of(2026, 4, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2701");
    }

    @Test
    void namesFollowTheScreensLanguage() {
        assertThat(company.name(Locale.JAPANESE)).isEqualTo("加古川自然食品");
        assertThat(company.name(Locale.ENGLISH)).isEqualTo("Kakogawa Natural Foods");
        assertThat(osaka.name(Locale.JAPAN)).isEqualTo("大阪商工会議所");
    }

    @Test
    void aSubIdWorksForAUserIdOfTheSameCompany() {
        UserAccount signer = UserAccount.ofCompany(company, "kakogawa-user", Role.USER, "署名者", "hash", NOW);
        UserAccount sub = UserAccount.subOf(signer, "kakogawa-sub", "代行", "hash", NOW);

        assertThat(sub.getRole()).isEqualTo(Role.SUB);
        assertThat(sub.getCompany()).isSameAs(company);
        assertThat(sub.getPrincipalUser()).isSameAs(signer);
        assertThat(sub.principalName()).isEqualTo("2701/kakogawa-sub");
    }

    @Test
    void aSubIdCannotBelongToAnAdminIdOrAnotherSubId() {
        UserAccount admin = UserAccount.ofCompany(company, "admin", Role.COMPANY_ADMIN, "管理者", "hash", NOW);
        assertThatThrownBy(() -> UserAccount.subOf(admin, "sub", "代行", "hash", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserAccount.ofCompany(company, "x", Role.SUB, "x", "hash", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UserAccount.ofCompany(company, "x", Role.CHAMBER_STAFF, "x", "hash", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyUserIdsAndSubIdsMayBuyOrUseCoupons() {
        assertThat(Role.USER.mayBuyOrUseCoupons()).isTrue();
        assertThat(Role.SUB.mayBuyOrUseCoupons()).isTrue();
        assertThat(Role.COMPANY_ADMIN.mayBuyOrUseCoupons()).isFalse();
        assertThat(Role.CHAMBER_STAFF.mayBuyOrUseCoupons()).isFalse();
        assertThat(Role.OPERATOR.mayBuyOrUseCoupons()).isFalse();
    }

    @Test
    void staffBelongToTheChamberOnly() {
        UserAccount staff = UserAccount.staffOf(osaka, "osaka-staff", StaffRank.CLERK, "職員", "hash", NOW);
        assertThat(staff.getCompany()).isNull();
        assertThat(staff.getRole().isApplicant()).isFalse();
        assertThat(staff.getStaffRank()).isEqualTo(StaffRank.CLERK);
    }

    @Test
    void onlyASupervisorOfTheChamberApprovesWhatAnotherProposed() {
        SignedInUser clerk = staff("osaka-staff", StaffRank.CLERK);
        SignedInUser supervisor = staff("osaka-supervisor", StaffRank.SUPERVISOR);
        assertThat(clerk.isSupervisor()).isFalse();
        assertThat(supervisor.isSupervisor()).isTrue();
        assertThatThrownBy(() -> SupervisorOnlyException.check(clerk, 27))
                .isInstanceOf(SupervisorOnlyException.class);
        assertThatThrownBy(() -> SupervisorOnlyException.check(supervisor, 28))
                .as("another chamber's supervisor").isInstanceOf(StaffOnlyException.class);
        SupervisorOnlyException.check(supervisor, 27);
    }

    private static SignedInUser staff(String loginId, StaffRank rank) {
        return new SignedInUser(1, "2701/" + loginId, loginId, "職員", Role.CHAMBER_STAFF, rank, 27,
                new ChamberCode("2701"), "大阪商工会議所", "Osaka CCI", null, null, null, null, null);
    }
}
