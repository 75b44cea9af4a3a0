package jp.tradecert.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.ChamberCode;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.StaffRank;
import jp.tradecert.account.TradeRegistrationNumber;
import jp.tradecert.account.UserAccount;
import jp.tradecert.catalog.CatalogService;
import jp.tradecert.payment.VirtualAccountPool;
import jp.tradecert.payment.VirtualAccounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo chambers, companies, users, price lists and one-time account pools at deploy, once: if the Osaka chamber
 * exists the accounts are already there, so restarts never duplicate them. Every password is
 * {@value #PASSWORD}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class DemoData {

    public static final String PASSWORD = "demo1234";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final ChamberCode OSAKA = new ChamberCode("2701");
    private static final ChamberCode KOBE = new ChamberCode("2801");
    /** The operator's own office (日本商工会議所), where the operator signs in: no companies, no prices. */
    private static final ChamberCode JCCI = new ChamberCode("0000");

    @Inject
    @ConfigProperty(name = "coupons.demo-data", defaultValue = "false")
    private boolean enabled;

    @EJB
    private AccountService accounts;

    @EJB
    private CatalogService catalog;

    @EJB
    private VirtualAccounts virtualAccounts;

    @Inject
    private Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void loadOnce() {
        if (!enabled) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (accounts.findChamber(OSAKA).isEmpty()) {
            loadAccounts(today);
        }
        // the operator came later than the rest: checked on its own, so that data an older version loaded gets it
        if (accounts.findChamber(JCCI).isEmpty()) {
            Chamber office = accounts.registerChamber(JCCI, "日本商工会議所", "The Japan Chamber of Commerce and Industry");
            accounts.createOperator(office, "jcci-operator", "日商 運用担当", password());
        }
        // prices and account pools are checked on their own, so that data an older version loaded gets
        // them too
        for (ChamberCode code : List.of(OSAKA, KOBE)) {
            long chamber = accounts.getChamber(code).getId();
            if (catalog.priceList(chamber, Membership.MEMBER, today).isEmpty()) {
                catalog.publishStandardPrices(chamber, today);
            }
            if (virtualAccounts.findPool(chamber).isEmpty()) {
                String holder = code.equals(OSAKA) ? "GMO-EP*ｵｵｻｶｼﾖｳｺｳｶｲｷﾞｼﾖ" : "GMO-EP*ｺｳﾍﾞｼﾖｳｺｳｶｲｷﾞｼﾖ";
                int first = Integer.parseInt(code.value()) * 1_000;
                virtualAccounts.configurePool(new VirtualAccountPool(chamber, "0310", "GMOあおぞらネット銀行", "101",
                        "法人営業部", holder, first, first + 999, 180));
            }
        }
    }

    private void loadAccounts(LocalDate today) {
        Chamber osaka = accounts.registerChamber(OSAKA, "大阪商工会議所", "Osaka Chamber of Commerce and Industry");
        Company kakogawa = accounts.registerCompany(new TradeRegistrationNumber("2701000002"), "加古川自然食品",
                "Kakogawa Natural Foods", "カコガワシゼンショクヒン", Membership.MEMBER, today);
        UserAccount signer = accounts.createUserId(kakogawa, "kakogawa-user", "カール・フリードリヒ・ツァイス",
                password());
        accounts.changeEmail(signer, "signer@kakogawa.example.jp");
        accounts.changeEmail(accounts.createSubId(signer, "kakogawa-sub", "加古川 代行業者", password()),
                "forwarder@kakogawa.example.jp");
        accounts.createCompanyAdminId(kakogawa, "kakogawa-admin", "加古川 管理者", password());
        accounts.createStaff(osaka, "osaka-staff", StaffRank.CLERK, "大阪 職員", password());
        // the second pair of eyes (承認者): approves what osaka-staff proposes or uploads
        accounts.createStaff(osaka, "osaka-supervisor", StaffRank.SUPERVISOR, "大阪 承認者", password());

        accounts.registerChamber(KOBE, "神戸商工会議所", "Kobe Chamber of Commerce and Industry");
        Company kobeTrading = accounts.registerCompany(new TradeRegistrationNumber("2801000001"), "神戸テスト貿易",
                "Kobe Test Trading", "コウベテストボウエキ", Membership.NON_MEMBER, today);
        accounts.changeEmail(accounts.createUserId(kobeTrading, "kobe-user", "神戸 署名者", password()),
                "signer@kobe-trading.example.jp");
        LOG.info("Demo data loaded");
    }

    private static char[] password() {
        return PASSWORD.toCharArray();
    }
}
