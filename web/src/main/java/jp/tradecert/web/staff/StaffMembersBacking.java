package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.tradecert.account.StaffAccounts;
import jp.tradecert.account.StaffRank;
import jp.tradecert.account.UserAccount;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.Messages;

/**
 * 職員管理: the chamber's staff IDs with their rank and state. A supervisor changes another member's rank or stops
 * or allows again another member's ID; everyone else reads ({@link StaffAccounts} decides, the page only offers).
 */
@Named
@ViewScoped
public class StaffMembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private StaffAccounts staff;

    private List<UserAccount> members;

    @PostConstruct
    void load() {
        members = staff.members(currentUser.get());
    }

    public List<UserAccount> getMembers() {
        return members;
    }

    /** Whether the signed-in supervisor is offered the actions on this row: never on their own. */
    public boolean mayChange(UserAccount member) {
        return currentUser.isSupervisor() && !isSelf(member);
    }

    public boolean isSelf(UserAccount member) {
        return member.getId() == currentUser.get().accountId();
    }

    public void makeSupervisor(long accountId) {
        changeRank(accountId, StaffRank.SUPERVISOR);
    }

    public void makeClerk(long accountId) {
        changeRank(accountId, StaffRank.CLERK);
    }

    private void changeRank(long accountId, StaffRank rank) {
        try {
            UserAccount member = staff.changeRank(currentUser.get(), accountId, rank);
            Messages.info("staff.rank.done", member.getLoginId(), Messages.text("StaffRank." + rank));
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        load();
    }

    public void setEnabled(long accountId, boolean enabled) {
        try {
            UserAccount member = staff.setEnabled(currentUser.get(), accountId, enabled);
            Messages.info(enabled ? "company.user.enabled.done" : "company.user.disabled.done", member.getLoginId());
        } catch (BusinessException refused) {
            Messages.error(refused);
        }
        load();
    }
}
