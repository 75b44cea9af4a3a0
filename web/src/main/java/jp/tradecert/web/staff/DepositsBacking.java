package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.batch.JobRunningException;
import jp.tradecert.batch.NightlyRuns;
import jp.tradecert.deposit.BankFile;
import jp.tradecert.deposit.BankFileService;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.KeysetRows;
import jp.tradecert.web.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * 入金ファイル: a bank file uploaded (the same checks as the API: format, size, a file already received),
 * the chamber's files newest first with their status and errors, a file approved by a supervisor other
 * than its uploader, and the reconciliation started and watched as it runs (records read and applied,
 * refreshed every second without reloading the page).
 */
@Named
@ViewScoped
public class DepositsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ChamberJobs jobs;

    @EJB
    private BankFileService files;

    private KeysetRows<BankFile, Long> rows;
    private transient UploadedFile upload;
    private Long executionId;
    private ChamberJobs.Report report;

    @PostConstruct
    void load() {
        // the chamber's uploads, newest first
        BankFileService service = files;
        SignedInUser staff = currentUser.get();
        rows = KeysetRows.byId((after, size) -> service.uploadsOf(staff, after, size), () -> service.countUploads(staff),
                BankFile::getId, BankFileService.MAX_PAGE);
    }

    /** Takes in the file chosen; says whether it was accepted, rejected (and why) or already received. */
    public String uploadFile() {
        if (upload == null || upload.getFileName() == null || upload.getFileName().isBlank()) {
            Messages.error("deposits.noFile");
            return null;
        }
        try (InputStream content = upload.getInputStream()) {
            BankFile file = files.upload(currentUser.get(), upload.getFileName(), content);
            Messages.afterRedirect(file.getErrors() == null ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                    "deposits.received." + file.getStatus(), file.getName(), String.valueOf(file.getId()));
            return "/staff/deposits?faces-redirect=true";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    /** A supervisor other than the uploader approves the file: the next reconciliation applies it. */
    public String approve(long fileId) {
        try {
            files.approve(currentUser.get(), fileId);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "deposits.approved", String.valueOf(fileId));
            return "/staff/deposits?faces-redirect=true";
        } catch (BusinessException refused) {
            Messages.error(refused);
            return null;
        }
    }

    /** Starts the reconciliation of the chamber's approved files; its progress then shows below. */
    public void startReconciliation() {
        try {
            executionId = jobs.start(currentUser.get(), NightlyRuns.RECONCILIATION);
            refresh();
        } catch (JobRunningException running) {
            Messages.error("deposits.running");
        }
    }

    /** Reads how the run stands (the page's poll, every second, until it has ended). */
    public void refresh() {
        if (executionId != null) {
            report = jobs.report(currentUser.get(), executionId).orElse(null);
            if (report != null && report.isFinished()) {
                load();   // the files' statuses changed
            }
        }
    }

    /** Whether the signed-in staff member may approve this file now: a supervisor who did not upload it. */
    public boolean mayApprove(BankFile file) {
        return file.isAwaitingApproval() && currentUser.isSupervisor()
                && !Long.valueOf(currentUser.get().accountId()).equals(file.getReceivedBy());
    }

    public boolean isWatching() {
        return report != null && !report.isFinished();
    }

    public KeysetRows<BankFile, Long> getRows() {
        return rows;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public ChamberJobs.Report getReport() {
        return report;
    }
}
