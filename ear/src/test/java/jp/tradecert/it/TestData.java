package jp.tradecert.it;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.ChamberCode;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffRank;
import jp.tradecert.account.TradeRegistrationNumber;
import jp.tradecert.account.UserAccount;
import jp.tradecert.catalog.CatalogService;
import jp.tradecert.payment.VirtualAccountPool;
import jp.tradecert.payment.VirtualAccounts;

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

    @EJB
    private VirtualAccounts virtualAccounts;

    @Inject
    private Clock clock;

    @Inject
    private Database database;

    /** A new chamber with the standard prices. */
    public Chamber chamber() {
        return chamber(0);
    }

    /** Account numbers in a test chamber's pool: {@code <chamber code>000} on. */
    public static final int POOL_SIZE = 300;

    /**
     * A new chamber with the standard prices, a pool of one-time accounts (numbers {@code <code>000} to
     * {@code <code>299}, no quarantine) and receipt numbers continuing after {@code lastReceipt}.
     */
    public Chamber chamber(long lastReceipt) {
        return chamber(lastReceipt, POOL_SIZE);
    }

    /** A new chamber as {@link #chamber(long)}, with {@code poolSize} one-time accounts (up to 1,000). */
    public synchronized Chamber chamber(long lastReceipt, int poolSize) {
        if (poolSize < 1 || poolSize > 1_000) {
            throw new IllegalArgumentException("A test chamber's pool has 1 to 1,000 numbers");
        }
        Chamber chamber = chamberWithoutAccountPool(lastReceipt);
        int first = Integer.parseInt(chamber.getCode().value()) * 1_000;
        virtualAccounts.configurePool(new VirtualAccountPool(chamber.getId(), "0310", "GMOあおぞらネット銀行", "101",
                "法人営業部", "GMO-EP*ｼｹﾝｼﾖｳｺｳｶｲｷﾞｼﾖ", first, first + poolSize - 1, 0));
        return chamber;
    }

    /** A new chamber with a pool of {@code poolSize} numbers that rest {@code quarantineDays} after use. */
    public synchronized Chamber chamberWithRestingPool(int poolSize, int quarantineDays) {
        Chamber chamber = chamberWithoutAccountPool(0);
        int first = Integer.parseInt(chamber.getCode().value()) * 1_000;
        virtualAccounts.configurePool(new VirtualAccountPool(chamber.getId(), "0310", "GMOあおぞらネット銀行", "101",
                "法人営業部", "GMO-EP*ｼｹﾝｼﾖｳｺｳｶｲｷﾞｼﾖ", first, first + poolSize - 1, quarantineDays));
        return chamber;
    }

    /** A new chamber with the standard prices, not (yet) set up for bank transfers. */
    public synchronized Chamber chamberWithoutAccountPool(long lastReceipt) {
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
                "試験会社" + number, "Test Company " + number, membership, LocalDate.now(clock));
    }

    /** A member company at a new chamber. */
    public Company company() {
        return company(chamber(), Membership.MEMBER);
    }

    /**
     * {@code count} new member companies of the chamber, each with a wallet and a user ID, written by
     * SQL (hashing a password for each would take minutes): for tests that need many buyers. Nobody
     * signs in with them.
     */
    public List<SignedInUser> signersOfNewCompanies(Chamber chamber, int count) throws SQLException {
        List<SignedInUser> signers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int number = serial.incrementAndGet();
            long company = database.count("select nextval('company_seq')");
            long user = database.count("select nextval('user_account_seq')");
            database.update("insert into company (id, chamber_id, trade_registration_number, name_ja, name_en,"
                    + " membership, registered_on, registration_expires_on, version) values (?, ?, ?, ?, ?, 'MEMBER',"
                    + " current_date, current_date + 730, 0)", company, chamber.getId(),
                    TradeRegistrationNumber.of(chamber.getCode(), 500_000 + number).value(), "試験会社" + number,
                    "Test Company " + number);
            database.update("insert into wallet (company_id, balance, pending_coupons, version) values (?, 0, 0, 0)",
                    company);
            database.update("insert into user_account (id, chamber_id, company_id, login_id, role, display_name,"
                    + " password_hash, enabled, created_at, version) values (?, ?, ?, ?, 'USER', '署名者', 'none',"
                    + " true, current_timestamp, 0)", user, chamber.getId(), company, "bulk-" + number);
            signers.add(accounts.getSignedInUser(chamber.getCode().value() + "/bulk-" + number));
        }
        return signers;
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

    /** A clerk (職員) of the chamber's staff. */
    public SignedInUser staff(Chamber chamber) {
        return signedIn(accounts.createStaff(chamber, "staff-" + serial.incrementAndGet(), StaffRank.CLERK, "職員",
                PASSWORD.toCharArray()));
    }

    /** A supervisor (承認者) of the chamber's staff. */
    public SignedInUser supervisor(Chamber chamber) {
        return signedIn(accounts.createStaff(chamber, "supervisor-" + serial.incrementAndGet(), StaffRank.SUPERVISOR,
                "承認者", PASSWORD.toCharArray()));
    }

    /** A member of the chamber's staff who gives a mail address. */
    public UserAccount staffWithMail(Chamber chamber, String address) {
        return accounts.changeEmail(accounts.createStaff(chamber, "staff-" + serial.incrementAndGet(),
                StaffRank.CLERK, "職員", PASSWORD.toCharArray()), address);
    }

    private SignedInUser signedIn(UserAccount account) {
        return accounts.getSignedInUser(account.principalName());
    }
}
