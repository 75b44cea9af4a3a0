package jp.tradecert.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.tradecert.account.CompanyRegistration;
import jp.tradecert.account.CompanyRegistration.InitialPassword;
import jp.tradecert.account.CompanyRegistration.NewAccount;
import jp.tradecert.account.CompanyRegistration.NewCompany;
import jp.tradecert.account.Membership;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.Messages;

/**
 * 会社の登録: a clerk registers a company of the chamber (its trade registration number, names and
 * membership) with its user ID and company admin ID; their initial passwords are shown on this page once,
 * to be handed to the company, and are kept nowhere but as hashes.
 */
@Named
@ViewScoped
public class RegisterCompanyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private CompanyRegistration registration;

    private String number;
    private String nameJa;
    private String nameEn;
    private String nameKana;
    private Membership membership = Membership.MEMBER;
    private String userLoginId;
    private String userName;
    private String adminLoginId;
    private String adminName;
    private CompanyRegistration.Registered registered;

    /** Registers what was typed; on success the page shows the initial passwords instead of the form. */
    public void register() {
        try {
            registered = registration.register(currentUser.get(), new NewCompany(number, nameJa, nameEn, nameKana, membership,
                    new NewAccount(userLoginId, userName), new NewAccount(adminLoginId, adminName)));
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    public boolean isRegistered() {
        return registered != null;
    }

    public Long getRegisteredCompanyId() {
        return registered == null ? null : registered.companyId();
    }

    public List<InitialPassword> getPasswords() {
        return registered == null ? List.of() : registered.passwords();
    }

    public Membership[] getMemberships() {
        return Membership.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getNameJa() {
        return nameJa;
    }

    public void setNameJa(String nameJa) {
        this.nameJa = nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = nameKana;
    }

    public Membership getMembership() {
        return membership;
    }

    public void setMembership(Membership membership) {
        this.membership = membership;
    }

    public String getUserLoginId() {
        return userLoginId;
    }

    public void setUserLoginId(String userLoginId) {
        this.userLoginId = userLoginId;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getAdminLoginId() {
        return adminLoginId;
    }

    public void setAdminLoginId(String adminLoginId) {
        this.adminLoginId = adminLoginId;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }
}
