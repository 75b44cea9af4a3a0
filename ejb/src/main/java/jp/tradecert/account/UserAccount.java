package jp.tradecert.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone who signs in: with a chamber code, a login ID unique within that chamber, and a password
 * kept only as a PBKDF2 hash. Applicant roles (user ID, sub ID, company admin) belong to a company of
 * the chamber; a sub ID also belongs to one user ID of that company. Staff belong to the chamber only.
 */
@Entity
@Table(name = "user_account")
@NamedQueries({
        @NamedQuery(name = UserAccount.STAFF_WITH_MAIL, query = """
            select u from UserAccount u where u.chamber.id = :chamber and u.role = :staff
              and u.enabled = true and u.email is not null order by u.loginId""")
})
public class UserAccount {

    /** A chamber's staff who can be mailed (enabled, with a mail address), by login ID. */
    public static final String STAFF_WITH_MAIL = "UserAccount.staffWithMail";

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "chamber_id", nullable = false, updatable = false)
    private Chamber chamber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id", updatable = false)
    private Company company;

    @Column(name = "login_id", nullable = false, updatable = false)
    private String loginId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Role role;

    /** Staff only: clerk or supervisor; null for everyone else. */
    @Enumerated(EnumType.STRING)
    @Column(name = "staff_rank")
    private StaffRank staffRank;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "principal_user_id", updatable = false)
    private UserAccount principalUser;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    /** Set when staff chose the password (an initial password); cleared when the holder chooses one. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Raised when the account's sessions must end (its password changed); see {@link SessionState}. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    private UserAccount(Chamber chamber, Company company, String loginId, Role role, String displayName,
            UserAccount principalUser, String passwordHash, Instant createdAt) {
        this.chamber = Objects.requireNonNull(chamber);
        this.company = company;
        this.loginId = Chamber.requireText(loginId, "Login ID");
        this.role = Objects.requireNonNull(role);
        this.displayName = Chamber.requireText(displayName, "Name");
        this.principalUser = principalUser;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A user ID (署名者) or a company admin ID of a company. */
    public static UserAccount ofCompany(Company company, String loginId, Role role, String displayName,
            String passwordHash, Instant createdAt) {
        if (role != Role.USER && role != Role.COMPANY_ADMIN) {
            throw new IllegalArgumentException("A company account is a user ID or an admin ID, not " + role);
        }
        return new UserAccount(company.getChamber(), company, loginId, role, displayName, null, passwordHash,
                createdAt);
    }

    /** A sub ID working for a user ID of the same company. */
    public static UserAccount subOf(UserAccount principal, String loginId, String displayName,
            String passwordHash, Instant createdAt) {
        if (principal.role != Role.USER) {
            throw new IllegalArgumentException("A sub ID belongs to a user ID, not to " + principal.role);
        }
        return new UserAccount(principal.chamber, principal.company, loginId, Role.SUB, displayName, principal,
                passwordHash, createdAt);
    }

    /** A member of a chamber's staff, a clerk or a supervisor. */
    public static UserAccount staffOf(Chamber chamber, String loginId, StaffRank rank, String displayName,
            String passwordHash, Instant createdAt) {
        UserAccount staff = new UserAccount(chamber, null, loginId, Role.CHAMBER_STAFF, displayName, null,
                passwordHash, createdAt);
        staff.staffRank = Objects.requireNonNull(rank);
        return staff;
    }

    /**
     * An operator (日本商工会議所) runs the system for every chamber. It signs in like everyone, with a
     * chamber code (its own office's) and a login ID; it belongs to no company.
     */
    public static UserAccount operatorAt(Chamber signInChamber, String loginId, String displayName,
            String passwordHash, Instant createdAt) {
        return new UserAccount(signInChamber, null, loginId, Role.OPERATOR, displayName, null, passwordHash,
                createdAt);
    }

    public Long getId() {
        return id;
    }

    public Chamber getChamber() {
        return chamber;
    }

    public Company getCompany() {
        return company;
    }

    public String getLoginId() {
        return loginId;
    }

    /** The staff member's rank; null for anyone who is not staff. */
    public StaffRank getStaffRank() {
        return staffRank;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    /** The address the purchase form suggests for mail (the user may type another). */
    public void changeEmail(String address) {
        this.email = address == null || address.isBlank() ? null : address.strip();
    }

    public UserAccount getPrincipalUser() {
        return principalUser;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** The password's hash, stored again at a higher cost (the password itself unchanged). */
    void replacePasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash);
    }

    /**
     * A password its holder chose: the one someone else chose is no longer required to change, and every session
     * begun with the old one ends (whoever else knew it is signed out).
     */
    void changePassword(String hash) {
        this.passwordHash = Objects.requireNonNull(hash);
        this.mustChangePassword = false;
        this.sessionEpoch++;
    }

    /** Stopped (利用停止) or allowed again; either way every session begun before ends. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        this.sessionEpoch++;
    }

    /**
     * A member of the staff made a clerk or a supervisor: every session begun with the old rank ends, so that a
     * supervisor made a clerk approves nothing more from a page opened before.
     */
    void changeRank(StaffRank rank) {
        if (role != Role.CHAMBER_STAFF) {
            throw new IllegalStateException("Only a member of a chamber's staff has a rank, not a " + role);
        }
        this.staffRank = Objects.requireNonNull(rank);
        this.sessionEpoch++;
    }

    SessionState sessionState() {
        return new SessionState(id, role, staffRank, sessionEpoch, mustChangePassword);
    }

    /** The password was chosen by someone else (staff handed it over): its holder must choose a new one. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The name under which the container knows this account once signed in. */
    public String principalName() {
        return principalName(chamber.getCode(), loginId);
    }

    public static String principalName(ChamberCode chamber, String loginId) {
        return chamber.value() + "/" + loginId;
    }
}
