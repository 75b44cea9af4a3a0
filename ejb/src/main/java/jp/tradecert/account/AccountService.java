package jp.tradecert.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.platform.AuditTrail;
import jp.tradecert.platform.RequestOrigin;

/** Finds and authenticates the people who sign in, always within one chamber. */
@Stateless
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private LedgerService ledger;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    private static String describe(RefundAccount account) {
        return account.getBankName() + " " + account.getBranchName() + " " + account.getNumber() + " "
                + account.getHolder();
    }

    public Chamber registerChamber(ChamberCode code, String nameJa, String nameEn) {
        return registerChamber(code, nameJa, nameEn, 0);
    }

    /** A chamber whose receipt numbers (受付番号) continue after {@code lastReceiptNumber}. */
    public Chamber registerChamber(ChamberCode code, String nameJa, String nameEn, long lastReceiptNumber) {
        Chamber chamber = new Chamber(code, nameJa, nameEn, lastReceiptNumber);
        em.persist(chamber);
        return chamber;
    }

    /** The chamber's staff set the account refunds are paid from. */
    public Chamber changeRefundAccount(SignedInUser staff, RefundAccount account) {
        Chamber chamber = em.find(Chamber.class, staff.chamberId());
        StaffOnlyException.check(staff, chamber.getId());
        String before = chamber.getRefundAccount().map(AccountService::describe).orElse(null);
        chamber.changeRefundAccount(account);
        audit.record(staff.auditActor(), AuditAction.REFUND_ACCOUNT_CHANGED, "chamber:" + chamber.getId(), before,
                describe(account));
        return chamber;
    }

    public Optional<Chamber> findChamber(ChamberCode code) {
        return em.createQuery("select c from Chamber c where c.code = :code", Chamber.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Chamber getChamber(ChamberCode code) {
        return findChamber(code).orElseThrow(() -> new ChamberNotFoundException(code));
    }

    /** The chambers the operator may look at: every one, by code. Anyone else is refused. */
    public List<Chamber> chambersFor(SignedInUser operator) {
        if (operator.role() != Role.OPERATOR) {
            throw new StaffOnlyException(operator.role());
        }
        return em.createQuery("select c from Chamber c order by c.code", Chamber.class).getResultList();
    }

    /** The operator as it looks at the chamber of that id ({@link SignedInUser#viewing}). */
    public SignedInUser viewing(SignedInUser operator, long chamberId) {
        Chamber chamber = em.find(Chamber.class, chamberId);
        if (chamber == null || operator.role() != Role.OPERATOR) {
            throw new StaffOnlyException(operator.role());
        }
        return operator.viewing(chamber);
    }

    /** Registers a company at its chamber (the number's first four digits) and opens its wallet. */
    public Company registerCompany(TradeRegistrationNumber number, String nameJa, String nameEn,
            Membership membership, LocalDate registeredOn) {
        return registerCompany(number, nameJa, nameEn, null, membership, registeredOn);
    }

    /** The same, with the company's フリガナ (null: none). */
    public Company registerCompany(TradeRegistrationNumber number, String nameJa, String nameEn, String nameKana,
            Membership membership, LocalDate registeredOn) {
        Company company = new Company(getChamber(number.chamberCode()), number, nameJa, nameEn, membership,
                registeredOn);
        company.giveKana(nameKana);
        em.persist(company);
        ledger.openWallet(company.getId());
        return company;
    }

    public UserAccount createUserId(Company company, String loginId, String signerName, char[] password) {
        return persist(UserAccount.ofCompany(em.merge(company), loginId, Role.USER, signerName,
                passwords.hash(password), clock.instant()));
    }

    public UserAccount createCompanyAdminId(Company company, String loginId, String name, char[] password) {
        return persist(UserAccount.ofCompany(em.merge(company), loginId, Role.COMPANY_ADMIN, name,
                passwords.hash(password), clock.instant()));
    }

    public UserAccount createSubId(UserAccount principal, String loginId, String name, char[] password) {
        return persist(UserAccount.subOf(em.merge(principal), loginId, name, passwords.hash(password),
                clock.instant()));
    }

    public UserAccount createStaff(Chamber chamber, String loginId, StaffRank rank, String name, char[] password) {
        return persist(UserAccount.staffOf(em.merge(chamber), loginId, rank, name, passwords.hash(password),
                clock.instant()));
    }

    public UserAccount createOperator(Chamber signInChamber, String loginId, String name, char[] password) {
        return persist(UserAccount.operatorAt(em.merge(signInChamber), loginId, name, passwords.hash(password),
                clock.instant()));
    }

    /** The chamber's staff who can be mailed (enabled, with a mail address), by login ID. */
    public List<UserAccount> staffWithMail(long chamberId) {
        return em.createNamedQuery(UserAccount.STAFF_WITH_MAIL, UserAccount.class)
                .setParameter("chamber", chamberId)
                .setParameter("staff", Role.CHAMBER_STAFF)
                .getResultList();
    }

    /** Records the user's mail address, which the purchase form then suggests. */
    public UserAccount changeEmail(UserAccount account, String address) {
        UserAccount managed = em.merge(account);
        managed.changeEmail(address);
        return managed;
    }

    private UserAccount persist(UserAccount account) {
        em.persist(account);
        return account;
    }

    /**
     * Checks a login. Empty when the chamber code, the login ID or the password is wrong, or the
     * account is disabled: the caller cannot tell which, and each costs the same time. Empty too, without
     * checking the password, while the name or the caller's address is locked by {@link SignInThrottle}.
     */
    public Optional<SignedInUser> authenticate(String chamberCode, String loginId, char[] password) {
        return authenticate(chamberCode, loginId, password, EnumSet.allOf(Role.class));
    }

    /**
     * A login where only some roles may sign in (the API: chamber staff): the right password of any other
     * role is refused like a wrong one, and counts as a failure, so that the answer tells nothing.
     */
    public Optional<SignedInUser> authenticate(String chamberCode, String loginId, char[] password,
            Set<Role> admitted) {
        String address = RequestOrigin.address();
        if (throttle.waitFor(chamberCode, loginId, address).isPresent()) {
            return Optional.empty();
        }
        Optional<UserAccount> account = ChamberCode.parse(chamberCode)
                .flatMap(code -> findAccount(code, loginId == null ? "" : loginId.strip()))
                .filter(UserAccount::isEnabled);
        boolean matches;
        if (account.isEmpty()) {
            passwords.spendOneCheck(password);
            matches = false;
        } else {
            matches = passwords.matches(password, account.get().getPasswordHash());
        }
        if (!matches || !admitted.contains(account.get().getRole())) {
            throttle.failed(chamberCode, loginId, address);
            return Optional.empty();
        }
        throttle.succeeded(chamberCode, loginId);
        if (Passwords.isOutdated(account.get().getPasswordHash())) {
            // the one moment the password is known: stored again at today's cost
            account.get().replacePasswordHash(passwords.hash(password));
        }
        return Optional.of(SignedInUser.of(account.get()));
    }

    /** What the session of {@code principalName} rests on now; empty when the account is gone or disabled. */
    public Optional<SessionState> sessionState(String principalName) {
        return enabledAccount(principalName).map(UserAccount::sessionState);
    }

    /**
     * The holder of an account chooses a new password, giving the current one (a session left open is not
     * enough to take the account over): the current one is checked like a sign-in, throttled and counted, the new
     * one by {@link PasswordPolicy}. Every other session of the account ends. Audited, without either password.
     * Answers the session state the holder's own session goes on with.
     */
    public SessionState changePassword(SignedInUser holder, char[] current, char[] chosen) {
        UserAccount account = em.find(UserAccount.class, holder.accountId());
        String chamberCode = holder.chamberCode().value();
        String address = RequestOrigin.address();
        if (throttle.waitFor(chamberCode, holder.loginId(), address).isPresent()) {
            throw new PasswordRefusedException(PasswordRefusedException.Why.CURRENT_WRONG);
        }
        if (!passwords.matches(current, account.getPasswordHash())) {
            throttle.failed(chamberCode, holder.loginId(), address);
            throw new PasswordRefusedException(PasswordRefusedException.Why.CURRENT_WRONG);
        }
        PasswordPolicy.check(holder.loginId(), chosen);
        if (Arrays.equals(current, chosen)) {
            throw new PasswordRefusedException(PasswordRefusedException.Why.SAME_AS_CURRENT);
        }
        account.changePassword(passwords.hash(chosen));
        audit.record(holder.auditActor(), AuditAction.PASSWORD_CHANGED, "account:" + account.getId(), null,
                holder.principalName());
        return account.sessionState();
    }

    /** How long a sign-in with this name, from the current request's address, is refused without a check. */
    public Optional<Duration> signInWait(String chamberCode, String loginId) {
        return throttle.waitFor(chamberCode, loginId, RequestOrigin.address());
    }

    public Optional<UserAccount> findAccount(ChamberCode chamber, String loginId) {
        return em.createQuery("""
                        select u from UserAccount u join fetch u.chamber c left join fetch u.company
                        where c.code = :code and u.loginId = :loginId""", UserAccount.class)
                .setParameter("code", chamber)
                .setParameter("loginId", loginId)
                .getResultStream()
                .findFirst();
    }

    /** The signed-in user behind a container principal name ({@code <chamber code>/<login ID>}). */
    public SignedInUser getSignedInUser(String principalName) {
        return enabledAccount(principalName)
                .map(SignedInUser::of)
                .orElseThrow(() -> new AccountNotFoundException(principalName));
    }

    /** The enabled account a container principal name ({@code <chamber code>/<login ID>}) names, if any. */
    private Optional<UserAccount> enabledAccount(String principalName) {
        int slash = principalName == null ? -1 : principalName.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return ChamberCode.parse(principalName.substring(0, slash))
                .flatMap(code -> findAccount(code, principalName.substring(slash + 1)))
                .filter(UserAccount::isEnabled);
    }
}
