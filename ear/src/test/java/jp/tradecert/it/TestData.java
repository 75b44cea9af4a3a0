package jp.tradecert.it;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.ChamberCode;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.TradeRegistrationNumber;
import jp.tradecert.account.UserAccount;
import jp.tradecert.catalog.CatalogService;

/**
 * Builds what a test needs through the services, each piece new (a chamber code nobody uses yet), so
 * that tests never share state and run in any order on a database other tests also write to.
 */
@ApplicationScoped
public class TestData {

    /** Prices start long before any date a test uses. */
    public static final LocalDate PRICES_FROM = LocalDate.of(2020, 4, 1);
    public static final String PASSWORD = "test-password";

    private final AtomicInteger serial = new AtomicInteger();

    @EJB
    private AccountService accounts;

    @EJB
    private CatalogService catalog;

    /** A new chamber with the standard prices. */
    public Chamber chamber() {
        return chamber(0);
    }

    /** A new chamber with the standard prices whose receipt numbers continue after {@code lastReceipt}. */
    public synchronized Chamber chamber(long lastReceipt) {
        ChamberCode code;
        do {
            code = new ChamberCode(String.valueOf(ThreadLocalRandom.current().nextInt(3000, 10000)));
        } while (accounts.findChamber(code).isPresent());
        Chamber chamber = accounts.registerChamber(code, "試験商工会議所" + code, "Test CCI " + code, lastReceipt);
        catalog.publishStandardPrices(chamber.getId(), PRICES_FROM);
        return chamber;
    }

    /** A new company of the chamber, registered today. */
    public Company company(Chamber chamber, Membership membership) {
        int number = serial.incrementAndGet();
        return accounts.registerCompany(TradeRegistrationNumber.of(chamber.getCode(), number),
                "試験会社" + number, "Test Company " + number, membership, LocalDate.now());
    }

    /** A member company at a new chamber. */
    public Company company() {
        return company(chamber(), Membership.MEMBER);
    }

    /** The company's user ID (a signer), signed in. */
    public SignedInUser userId(Company company, String name) {
        UserAccount account = accounts.createUserId(company, "user-" + serial.incrementAndGet(), name,
                PASSWORD.toCharArray());
        return signedIn(account);
    }

    public SignedInUser userId(Company company) {
        return userId(company, "署名者 " + serial.incrementAndGet());
    }

    /** A sub ID working for the given user ID. */
    public SignedInUser subId(SignedInUser principal) {
        UserAccount user = accounts.findAccount(principal.chamberCode(), principal.loginId()).orElseThrow();
        return signedIn(accounts.createSubId(user, "sub-" + serial.incrementAndGet(), "代行業者",
                PASSWORD.toCharArray()));
    }

    public SignedInUser companyAdmin(Company company) {
        return signedIn(accounts.createCompanyAdminId(company, "admin-" + serial.incrementAndGet(), "管理者",
                PASSWORD.toCharArray()));
    }

    public SignedInUser staff(Chamber chamber) {
        return signedIn(accounts.createStaff(chamber, "staff-" + serial.incrementAndGet(), "職員",
                PASSWORD.toCharArray()));
    }

    private SignedInUser signedIn(UserAccount account) {
        return accounts.getSignedInUser(account.principalName());
    }
}
