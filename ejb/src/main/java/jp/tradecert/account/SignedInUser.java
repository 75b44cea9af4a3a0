package jp.tradecert.account;

import jp.tradecert.platform.AuditActor;
import java.io.Serializable;
import java.util.Locale;
import jp.tradecert.ledger.Actor;

/**
 * Who is signed in, as the screens need it: fixed for the session, so that every later query can be
 * scoped to the caller's chamber and company without trusting anything the browser sends.
 */
public record SignedInUser(
        long accountId,
        String principalName,
        String loginId,
        String displayName,
        Role role,
        StaffRank staffRank,
        long chamberId,
        ChamberCode chamberCode,
        String chamberNameJa,
        String chamberNameEn,
        Long companyId,
        TradeRegistrationNumber tradeRegistrationNumber,
        String companyNameJa,
        String companyNameEn,
        String email) implements Serializable {

    static SignedInUser of(UserAccount account) {
        Chamber chamber = account.getChamber();
        Company company = account.getCompany();
        return new SignedInUser(account.getId(), account.principalName(), account.getLoginId(),
                account.getDisplayName(), account.getRole(), account.getStaffRank(), chamber.getId(), chamber.getCode(),
                chamber.getNameJa(), chamber.getNameEn(),
                company == null ? null : company.getId(),
                company == null ? null : company.getTradeRegistrationNumber(),
                company == null ? null : company.getNameJa(),
                company == null ? null : company.getNameEn(),
                account.getEmail());
    }

    /**
     * The operator as it looks at {@code chamber}: its own account, that chamber's scope, so that every query of
     * the console reads that chamber's rows. Only the operator looks at another chamber; what it may do there is
     * read ({@link StaffOnlyException#checkReader}): every change checks for the chamber's staff.
     */
    public SignedInUser viewing(Chamber chamber) {
        if (role != Role.OPERATOR) {
            throw new StaffOnlyException(role);
        }
        return new SignedInUser(accountId, principalName, loginId, displayName, role, null, chamber.getId(),
                chamber.getCode(), chamber.getNameJa(), chamber.getNameEn(), null, null, null, null, email);
    }

    /** This user as the author of an audited action: name and sign-in name, e.g. 大阪 職員 (2701/osaka-staff). */
    public AuditActor auditActor() {
        return new AuditActor(chamberId, accountId, displayName + " (" + principalName + ")");
    }

    /** This user as the author of a change. */
    public Actor actor() {
        return Actor.of(accountId, displayName);
    }

    /** A supervisor (承認者) of a chamber's staff: approves what another member of the staff proposed. */
    public boolean isSupervisor() {
        return role == Role.CHAMBER_STAFF && staffRank == StaffRank.SUPERVISOR;
    }

    public boolean hasCompany() {
        return companyId != null;
    }

    public String chamberName(Locale locale) {
        return isJapanese(locale) ? chamberNameJa : chamberNameEn;
    }

    public String companyName(Locale locale) {
        return isJapanese(locale) ? companyNameJa : companyNameEn;
    }

    private static boolean isJapanese(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
    }
}
