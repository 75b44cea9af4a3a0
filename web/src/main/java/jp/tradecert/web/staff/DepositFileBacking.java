package jp.tradecert.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.deposit.AppliedDeposit;
import jp.tradecert.deposit.BankEntryIssue;
import jp.tradecert.deposit.BankFile;
import jp.tradecert.deposit.BankFileNotFoundException;
import jp.tradecert.deposit.BankFileService;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.KeysetRows;
import jp.tradecert.web.Messages;

/**
 * 入金ファイルの明細: one upload of the chamber — its facts, what became of each of its deposits (settled,
 * over- or underpaid, late, unmatched, reversed), a page at a time, and the entries that could not be applied,
 * with why. Another chamber's file is not found.
 */
@Named
@ViewScoped
public class DepositFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private BankFileService files;

    private Long fileId;
    private BankFile file;
    private KeysetRows<AppliedDeposit, Long> deposits;
    private List<BankEntryIssue> issues;

    /** The view action: reads the file, if it is one of the chamber's uploads. */
    public void load() {
        if (fileId == null || file != null) {
            return;
        }
        try {
            file = files.uploadOf(currentUser.get(), fileId);
        } catch (BankFileNotFoundException e) {
            Messages.error(e);
            return;
        }
        BankFileService service = files;
        SignedInUser staff = currentUser.get();
        long file = fileId;
        deposits = KeysetRows.byId((after, size) -> service.depositsOf(staff, file, after, size),
                () -> service.countDepositsOf(staff, file), AppliedDeposit::getId, BankFileService.MAX_PAGE);
        issues = files.issuesOf(fileId);
    }

    public boolean isFound() {
        return file != null;
    }

    public BankFile getFile() {
        return file;
    }

    public KeysetRows<AppliedDeposit, Long> getDeposits() {
        return deposits;
    }

    public List<BankEntryIssue> getIssues() {
        return issues;
    }

    public Long getFileId() {
        return fileId;
    }

    public void setFileId(Long fileId) {
        this.fileId = fileId;
    }
}
