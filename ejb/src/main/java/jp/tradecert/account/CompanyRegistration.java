package jp.tradecert.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.tradecert.account.RegistrationRefusedException.Why;
import jp.tradecert.platform.AuditTrail;
import jp.tradecert.platform.Clocks;

/**
 * The chamber's staff register a company (its trade registration number, names and membership, from
 * today) with its first user ID and company admin ID, and later add user IDs, sub IDs and admin IDs. Each
 * new account gets an initial password made here, shown once to the staff member who hands it over and
 * stored only as its hash; its holder must choose a new one at the first sign-in. Everything is checked before
 * anything is written, and audited.
 */
@Stateless
public class CompanyRegistration {

    /** The longest company name kept (the database's limit). */
    public static final int MAX_NAME = 200;

    /** The longest login ID (the database allows 64; the longest anyone types is far shorter). */
    public static final int MAX_LOGIN_ID = 32;

    /** The longest account holder's name (the database's limit). */
    public static final int MAX_PERSON_NAME = 100;

    private static final Pattern LOGIN_ID = Pattern.compile("[A-Za-z0-9._-]{3," + MAX_LOGIN_ID + "}");

    /** Letters and digits that cannot be read as one another (no 0/O, 1/l/I). */
    private static final char[] PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
            .toCharArray();

    private static final int PASSWORD_LENGTH = 14;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AccountService accounts;

    @EJB
    private CompanyDirectory directory;

    @EJB
    private AuditTrail audit;

    /** A company as the staff member typed it, with the names of its first user ID and admin ID. */
    public record NewCompany(String number, String nameJa, String nameEn, String nameKana, Membership membership,
                             NewAccount userId, NewAccount adminId) implements Serializable {
    }

    /** An account as typed: its login ID and the name of the person who signs in with it. */
    public record NewAccount(String loginId, String name) implements Serializable {
    }

    /** A new account's login ID with its initial password, shown once. */
    public record InitialPassword(String loginId, Role role, String password) implements Serializable {

        public String getLoginId() {
            return loginId;
        }

        public Role getRole() {
            return role;
        }

        public String getPassword() {
            return password;
        }
    }

    /** The company registered and its accounts' initial passwords. */
    public record Registered(long companyId, List<InitialPassword> passwords) implements Serializable {
    }

    /** Registers the company at the staff member's chamber from today, with its user ID and admin ID. */
    public Registered register(SignedInUser staff, NewCompany form) {
        StaffOnlyException.check(staff, staff.chamberId());
        Chamber chamber = em.find(Chamber.class, staff.chamberId());
        TradeRegistrationNumber number = numberOf(chamber, form.number());
        String nameJa = name(form.nameJa(), MAX_NAME);
        String nameEn = name(form.nameEn(), MAX_NAME);
        String kana = Kana.katakana(form.nameKana());
        if (kana != null && !kana.isEmpty() && (!Kana.isKatakana(kana) || kana.length() > MAX_NAME)) {
            throw new RegistrationRefusedException(Why.KANA);
        }
        NewAccount user = account(chamber, form.userId());
        NewAccount admin = account(chamber, form.adminId());
        if (user.loginId().equals(admin.loginId())) {
            throw new RegistrationRefusedException(Why.LOGIN_ID_TAKEN);
        }
        Company company = accounts.registerCompany(number, nameJa, nameEn, kana, form.membership(),
                LocalDate.now(clock.withZone(Clocks.TOKYO)));
        List<InitialPassword> passwords = new ArrayList<>();
        String userPassword = newPassword();
        accounts.createUserId(company, user.loginId(), user.name(), userPassword.toCharArray()).requirePasswordChange();
        passwords.add(new InitialPassword(user.loginId(), Role.USER, userPassword));
        String adminPassword = newPassword();
        accounts.createCompanyAdminId(company, admin.loginId(), admin.name(), adminPassword.toCharArray())
                .requirePasswordChange();
        passwords.add(new InitialPassword(admin.loginId(), Role.COMPANY_ADMIN, adminPassword));
        audit.record(staff.auditActor(), AuditAction.COMPANY_REGISTERED, "company:" + company.getId(), null,
                number.value() + " " + nameJa + " / " + nameEn + ", " + form.membership()
                        + ", user ID " + user.loginId() + ", admin ID " + admin.loginId());
        return new Registered(company.getId(), passwords);
    }

    /**
     * Adds an account to a company of the staff member's chamber: a user ID or an admin ID, or (with
     * {@code principalLoginId}, a user ID of the company) a sub ID working for that user ID.
     */
    public InitialPassword addAccount(SignedInUser staff, long companyId, Role role, NewAccount typed,
                                      String principalLoginId) {
        StaffOnlyException.check(staff, staff.chamberId());
        Company company = directory.get(staff, companyId);
        NewAccount account = account(company.getChamber(), typed);
        String password = newPassword();
        UserAccount created = switch (role) {
            case USER -> accounts.createUserId(company, account.loginId(), account.name(), password.toCharArray());
            case COMPANY_ADMIN -> accounts.createCompanyAdminId(company, account.loginId(), account.name(),
                    password.toCharArray());
            case SUB -> {
                UserAccount principal = accounts.findAccount(company.getChamber().getCode(),
                                principalLoginId == null ? "" : principalLoginId.strip())
                        .filter(found -> found.getRole() == Role.USER && found.getCompany() != null
                                && found.getCompany().getId().equals(company.getId()))
                        .orElseThrow(() -> new RegistrationRefusedException(Why.NO_SUCH_USER_ID));
                yield accounts.createSubId(principal, account.loginId(), account.name(), password.toCharArray());
            }
            default -> throw new IllegalArgumentException("A company has no " + role + " accounts");
        };
        created.requirePasswordChange();
        audit.record(staff.auditActor(), AuditAction.ACCOUNT_CREATED, "company:" + companyId, null,
                role + " " + account.loginId() + " (" + account.name() + ")"
                        + (role == Role.SUB ? " for " + principalLoginId.strip() : ""));
        return new InitialPassword(account.loginId(), role, password);
    }

    private TradeRegistrationNumber numberOf(Chamber chamber, String typed) {
        String digits = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (!digits.matches("[0-9]{10}")) {
            throw new RegistrationRefusedException(Why.NUMBER_FORMAT);
        }
        TradeRegistrationNumber number = new TradeRegistrationNumber(digits);
        if (!number.chamberCode().equals(chamber.getCode())) {
            throw new RegistrationRefusedException(Why.NUMBER_OF_ANOTHER_CHAMBER);
        }
        boolean taken = !em.createQuery("select c.id from Company c where c.tradeRegistrationNumber = :number",
                        Long.class)
                .setParameter("number", number)
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (taken) {
            throw new RegistrationRefusedException(Why.NUMBER_TAKEN);
        }
        return number;
    }

    private static String name(String typed, int longest) {
        String name = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (name.isEmpty() || name.length() > longest) {
            throw new RegistrationRefusedException(Why.NAME);
        }
        return name;
    }

    /** Whether this is a login ID of the allowed form: 3 to 32 letters, digits, {@code .}, {@code -} or {@code _}. */
    public static boolean isLoginId(String loginId) {
        return loginId != null && LOGIN_ID.matcher(loginId).matches();
    }

    /** The account as it will be stored: a login ID of the allowed form that nobody at the chamber has yet. */
    private NewAccount account(Chamber chamber, NewAccount typed) {
        String loginId = typed == null || typed.loginId() == null ? "" : typed.loginId().strip();
        if (!isLoginId(loginId)) {
            throw new RegistrationRefusedException(Why.LOGIN_ID_FORMAT);
        }
        if (accounts.findAccount(chamber.getCode(), loginId).isPresent()) {
            throw new RegistrationRefusedException(Why.LOGIN_ID_TAKEN);
        }
        return new NewAccount(loginId, name(typed.name(), MAX_PERSON_NAME));
    }

    /** An initial password: 14 characters of 56, about 81 bits. */
    public static String newPassword() {
        char[] password = new char[PASSWORD_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET[RANDOM.nextInt(PASSWORD_ALPHABET.length)];
        }
        return new String(password);
    }

    /**
     * Stops an account of a company of the staff member's chamber (利用停止: someone left the company, a password
     * leaked), or lets it sign in again. Stopped, it signs in nowhere, and its open sessions end at their next
     * request: the session epoch is raised too, so that allowing it again later revives none of them. Audited.
     */
    public UserAccount setEnabled(SignedInUser staff, long companyId, long accountId, boolean enabled) {
        StaffOnlyException.check(staff, staff.chamberId());
        Company company = directory.get(staff, companyId);
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || account.getCompany() == null || !account.getCompany().getId().equals(company.getId())) {
            throw new AccountNotFoundException(String.valueOf(accountId));
        }
        if (account.isEnabled() != enabled) {
            account.setEnabled(enabled);
            audit.record(staff.auditActor(), enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
                    "company:" + companyId, account.getLoginId() + (enabled ? " stopped" : " enabled"),
                    account.getLoginId() + (enabled ? " enabled" : " stopped"));
        }
        return account;
    }

}
