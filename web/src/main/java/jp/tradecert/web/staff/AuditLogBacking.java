package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.tradecert.account.AuditAction;
import jp.tradecert.account.AuditLog;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.platform.AuditEvent;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.KeysetRows;
import jp.tradecert.web.Messages;

/**
 * 監査ログ: the chamber's audit trail, newest first, narrowed by action and by a text in who did it or
 * what it was done to, a page at a time by keyset. Read only: the page has no action on a line.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @EJB
    private AuditLog log;

    private String action;
    private String text;
    private KeysetRows<AuditEvent, AuditLog.Cursor> rows;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        rows = new KeysetRows<>(new Lines(log, currentUser.get(), new AuditLog.Filter(action, text)), AuditLog.MAX_PAGE);
    }

    private record Lines(AuditLog log, SignedInUser staff, AuditLog.Filter filter)
            implements KeysetRows.Pages<AuditEvent, AuditLog.Cursor> {
        @Override
        public List<AuditEvent> read(AuditLog.Cursor after, int size) {
            return log.page(staff, filter, after, size);
        }

        @Override
        public long count() {
            return log.count(staff, filter);
        }

        @Override
        public AuditLog.Cursor cursorOf(AuditEvent row) {
            return AuditLog.cursorOf(row);
        }

        @Override
        public String keyOf(AuditEvent row) {
            return String.valueOf(row.getId());
        }
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public String actionName(String name) {
        return Messages.text("AuditAction." + name);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public KeysetRows<AuditEvent, AuditLog.Cursor> getRows() {
        return rows;
    }
}
