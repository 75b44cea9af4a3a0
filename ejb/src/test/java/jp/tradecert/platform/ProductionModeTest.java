package jp.tradecert.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What production mode refuses, each problem naming its setting. */
class ProductionModeTest {

    private static final Optional<String> PROVIDER = Optional.of("https://secure.epsilon.jp/cgi-bin/order/");
    private static final Optional<String> CONTRACT = Optional.of("12345678");
    private static final Optional<String> SITE = Optional.of("https://coupons.example.or.jp");
    private static final Optional<String> POSTGRES = Optional.of("PostgreSQL");
    private static final Optional<String> SMTP = Optional.of("smtp.example.or.jp");
    private static final Optional<String> FALSE = Optional.of("false");
    private static final Optional<String> OWNER = Optional.of("coupons_owner");
    private static final Optional<String> USER = Optional.of("coupons_app");

    @Test
    void aServerSetUpForRealMoneyStarts() {
        assertThat(ProductionMode.problems(PROVIDER, CONTRACT, SITE, FALSE, FALSE, POSTGRES, false, OWNER, USER, SMTP)).isEmpty();
    }

    @Test
    void theCardProviderMustBeARealOneOverHttps() {
        assertThat(problems(Optional.empty())).singleElement().asString().startsWith("coupons.card.provider-url is not set");
        assertThat(problems(Optional.of("http://secure.epsilon.jp/"))).singleElement().asString()
                .startsWith("coupons.card.provider-url must be an https address");
        assertThat(problems(Optional.of("https://localhost:8080/card-sandbox"))).singleElement().asString()
                .startsWith("coupons.card.provider-url points at a sandbox");
        assertThat(problems(Optional.of("https://provider.example/card-sandbox"))).singleElement().asString()
                .startsWith("coupons.card.provider-url points at a sandbox");
        assertThat(problems(Optional.of("not a url at all"))).singleElement().asString()
                .startsWith("coupons.card.provider-url must be an https address");
    }

    @Test
    void everyOtherMissingOrDemoSettingIsNamed() {
        List<String> problems = ProductionMode.problems(PROVIDER, Optional.of("66666666"), Optional.of("http://localhost:8080"),
                Optional.of("true"), Optional.of("true"), Optional.of("H2"), false, Optional.empty(), USER, Optional.empty());
        assertThat(problems).hasSize(7).anySatisfy(p -> assertThat(p).startsWith("coupons.card.contract-code"))
                .anySatisfy(p -> assertThat(p).startsWith("coupons.db.owner"))
                .anySatisfy(p -> assertThat(p).startsWith("coupons.public-url"))
                .anySatisfy(p -> assertThat(p).startsWith("coupons.demo-data"))
                .anySatisfy(p -> assertThat(p).startsWith("coupons.clock.adjustable"))
                .anySatisfy(p -> assertThat(p).startsWith("jdbc/coupons must be PostgreSQL").contains("H2"))
                .anySatisfy(p -> assertThat(p).startsWith("mail/coupons has no mail host"));
    }

    @Test
    void theApplicationDoesNotConnectAsADatabaseSuperuser() {
        assertThat(ProductionMode.problems(PROVIDER, CONTRACT, SITE, FALSE, FALSE, POSTGRES, true, OWNER, USER, SMTP))
                .singleElement().asString().startsWith("jdbc/coupons connects as a superuser");
    }

    @Test
    void theSchemaBelongsToAnotherRoleThanTheApplications() {
        assertThat(ProductionMode.problems(PROVIDER, CONTRACT, SITE, FALSE, FALSE, POSTGRES, false, USER, USER, SMTP))
                .singleElement().asString().startsWith("coupons.db.owner (COUPONS_DB_OWNER) must name the role");
    }

    @Test
    void onlyTheWordProductionTurnsTheChecksOn() {
        assertThat(ProductionMode.isProduction(Optional.of("production"))).isTrue();
        assertThat(ProductionMode.isProduction(Optional.of(" PRODUCTION "))).isTrue();
        assertThat(ProductionMode.isProduction(Optional.of("demo"))).isFalse();
        assertThat(ProductionMode.isProduction(Optional.empty())).isFalse();
    }

    private static List<String> problems(Optional<String> providerUrl) {
        return ProductionMode.problems(providerUrl, CONTRACT, SITE, FALSE, FALSE, POSTGRES, false, OWNER, USER, SMTP);
    }
}
