package jp.tradecert.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import jp.tradecert.account.Company;
import jp.tradecert.account.CompanyDirectory;
import jp.tradecert.account.CompanyNotFoundException;
import jp.tradecert.account.CompanyRegistration;
import jp.tradecert.account.Membership;
import jp.tradecert.account.MembershipChange;
import jp.tradecert.account.MembershipService;
import jp.tradecert.account.Proposal;
import jp.tradecert.account.ProposalKind;
import jp.tradecert.account.Proposals;
import jp.tradecert.account.Role;
import jp.tradecert.account.UserAccount;
import jp.tradecert.ledger.CouponHistory;
import jp.tradecert.ledger.HistoryCursor;
import jp.tradecert.ledger.HistoryRow;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.Lot;
import jp.tradecert.ledger.Wallet;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.purchase.PurchaseService;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.KeysetRows;
import jp.tradecert.web.LocaleSelection;
import jp.tradecert.web.Messages;
import jp.tradecert.web.coupons.CompanyHistoryPages;

/**
 * 会社情報: one company of the staff member's chamber as the console shows it — membership and
 * registration, the wallet and its lots (what each unused coupon was paid), the company's accounts, the
 * open order, the membership changes, and the same coupon history the applicant sees. Another chamber's
 * company (by a changed URL) is "not found", and nothing of it is read.
 */
@Named
@ViewScoped
public class CompanyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @EJB
    private CompanyDirectory directory;

    @EJB
    private LedgerService ledger;

    @EJB
    private MembershipService memberships;

    @EJB
    private PurchaseService purchases;

    @EJB
    private CouponHistory history;

    @EJB
    private Proposals proposals;

    @EJB
    private CompanyRegistration registration;

    private Long companyId;
    private Company company;
    private Wallet wallet;
    private List<Lot> lots;
    private List<UserAccount> users;
    private List<MembershipChange> membershipChanges;
    private PurchaseOrder openOrder;
    private KeysetRows<HistoryRow, HistoryCursor> historyRows;
    private List<Proposal> pendingProposals;
    private Integer adjustQuantity;
    private String adjustReason;
    private Role accountRole = Role.USER;
    private String accountLoginId;
    private String accountName;
    private String accountPrincipal;
    private CompanyRegistration.InitialPassword newAccountPassword;
    private MembershipService.RefundPreview refundPreview;
    private String membershipReason;

    /** The view action: reads the company, if it is one of the chamber's. */
    public void load() {
        if (companyId == null || company != null) {
            return;
        }
        try {
            company = directory.get(currentUser.get(), companyId);
        } catch (CompanyNotFoundException e) {
            Messages.error(e);
            return;
        }
        users = directory.usersOf(currentUser.get(), companyId);
        wallet = ledger.walletOf(companyId);
        lots = ledger.lotsOf(companyId);
        membershipChanges = memberships.historyOf(companyId);
        Optional<PurchaseOrder> open = purchases.findOpenOrder(companyId);
        openOrder = open.orElse(null);
        historyRows = new KeysetRows<>(new CompanyHistoryPages(history, companyId), CouponHistory.MAX_PAGE);
        pendingProposals = proposals.pending(currentUser.get()).stream()
                .filter(proposal -> companyId.equals(proposal.getCompanyId())).toList();
        refundPreview = memberships.refundPreview(currentUser.get(), companyId);
    }

    /**
     * Proposes the change to the other membership, with the refund as previewed; it takes effect when a
     * supervisor other than the proposer approves it.
     */
    public String proposeMembershipChange() {
        if (membershipReason == null || membershipReason.isBlank()) {
            Messages.error("company.membership.reasonRequired");
            return null;
        }
        try {
            Proposal proposal = proposals.proposeMembershipChange(currentUser.get(), companyId, getOtherMembership(),
                    membershipReason);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "company.membership.proposed",
                    String.valueOf(proposal.getId()));
            return "/staff/company?faces-redirect=true&id=" + companyId;
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        return null;
    }

    /** The membership a change would give the company: the one it does not have. */
    public Membership getOtherMembership() {
        return company.getMembership() == Membership.MEMBER ? Membership.NON_MEMBER : Membership.MEMBER;
    }

    public boolean isMembershipChangeWaiting() {
        return pendingProposals.stream().anyMatch(proposal -> proposal.getKind() == ProposalKind.MEMBERSHIP_CHANGE);
    }

    public MembershipService.RefundPreview getRefundPreview() {
        return refundPreview;
    }

    public String getMembershipReason() {
        return membershipReason;
    }

    public void setMembershipReason(String membershipReason) {
        this.membershipReason = membershipReason;
    }

    /**
     * Proposes the balance adjustment typed in; it takes effect when a supervisor other than the proposer
     * approves it (承認待ち).
     */
    public String proposeAdjustment() {
        if (adjustQuantity == null || adjustQuantity == 0 || Math.abs(adjustQuantity) > Proposals.MAX_ADJUSTMENT) {
            Messages.atField("adjust-quantity", "company.adjust.quantityRange", Proposals.MAX_ADJUSTMENT);
            return null;
        }
        if (adjustReason != null && adjustReason.strip().length() > Proposals.MAX_REASON) {
            Messages.atField("adjust-reason", "company.adjust.reasonTooLong", Proposals.MAX_REASON);
            return null;
        }
        try {
            Proposal proposal = proposals.proposeAdjustment(currentUser.get(), companyId, adjustQuantity, adjustReason);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "company.adjust.proposed", String.valueOf(proposal.getId()));
            return "/staff/company?faces-redirect=true&id=" + companyId;
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        return null;
    }

    /** Adds the ID typed in; its initial password is shown on the page this once. */
    public void addAccount() {
        newAccountPassword = null;
        try {
            newAccountPassword = registration.addAccount(currentUser.get(), companyId, accountRole,
                    new CompanyRegistration.NewAccount(accountLoginId, accountName), accountPrincipal);
            users = directory.usersOf(currentUser.get(), companyId);
            accountLoginId = null;
            accountName = null;
            accountPrincipal = null;
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** 利用停止 or 利用再開 of one of the company's IDs; the table shows the result. */
    public void setEnabled(long accountId, boolean enabled) {
        try {
            UserAccount account = registration.setEnabled(currentUser.get(), companyId, accountId, enabled);
            users = directory.usersOf(currentUser.get(), companyId);
            Messages.info(enabled ? "company.user.enabled.done" : "company.user.disabled.done", account.getLoginId());
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
    }

    /** The kinds of ID a company has. */
    public List<Role> getAccountRoles() {
        return List.of(Role.USER, Role.SUB, Role.COMPANY_ADMIN);
    }

    public Role getAccountRole() {
        return accountRole;
    }

    public void setAccountRole(Role accountRole) {
        this.accountRole = accountRole;
    }

    public String getAccountLoginId() {
        return accountLoginId;
    }

    public void setAccountLoginId(String accountLoginId) {
        this.accountLoginId = accountLoginId;
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public String getAccountPrincipal() {
        return accountPrincipal;
    }

    public void setAccountPrincipal(String accountPrincipal) {
        this.accountPrincipal = accountPrincipal;
    }

    public CompanyRegistration.InitialPassword getNewAccountPassword() {
        return newAccountPassword;
    }

    public boolean isFound() {
        return company != null;
    }

    public String getName() {
        return company.name(localeSelection.getLocale());
    }

    public String membershipName() {
        return Messages.text("Membership." + company.getMembership().name());
    }

    public String lotKindName(Lot lot) {
        return Messages.text("LotKind." + lot.getKind().name());
    }

    public String roleName(UserAccount user) {
        return Messages.text("Role." + user.getRole().name());
    }

    /** Unused coupons at the price each was paid: what the chamber owes this company in coupons. */
    public long getOutstandingYen() {
        return lots.stream().mapToLong(Lot::getOutstandingYen).sum();
    }

    public List<Proposal> getPendingProposals() {
        return pendingProposals;
    }

    public Integer getAdjustQuantity() {
        return adjustQuantity;
    }

    public void setAdjustQuantity(Integer adjustQuantity) {
        this.adjustQuantity = adjustQuantity;
    }

    public String getAdjustReason() {
        return adjustReason;
    }

    public void setAdjustReason(String adjustReason) {
        this.adjustReason = adjustReason;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public Company getCompany() {
        return company;
    }

    public Wallet getWallet() {
        return wallet;
    }

    public List<Lot> getLots() {
        return lots;
    }

    public List<UserAccount> getUsers() {
        return users;
    }

    public List<MembershipChange> getMembershipChanges() {
        return membershipChanges;
    }

    public PurchaseOrder getOpenOrder() {
        return openOrder;
    }

    public KeysetRows<HistoryRow, HistoryCursor> getHistoryRows() {
        return historyRows;
    }
}
