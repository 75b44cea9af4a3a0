package jp.tradecert.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import jp.tradecert.account.AuditMails;
import jp.tradecert.ledger.InvariantChecker;
import jp.tradecert.ledger.InvariantViolation;

/**
 * Job {@code ledger-audit}: recomputes every invariant of the ledger over the whole database and, if
 * anything differs, mails the list to the auditors. Its exit status says how many differences.
 */
@Named("LedgerAudit")
@Dependent
public class LedgerAudit extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(LedgerAudit.class.getName());

    @EJB
    private InvariantChecker invariants;

    @EJB
    private AuditMails mails;

    @Inject
    private Clock clock;

    @Override
    public String process() {
        List<InvariantViolation> violations = invariants.checkAll();
        if (violations.isEmpty()) {
            LOG.info("Ledger audit: every invariant holds");
            return "CLEAN";
        }
        LOG.severe(() -> "Ledger audit: " + violations.size() + " differences, first " + violations.get(0));
        mails.differences(LocalDate.now(clock), violations);
        return "DIFFERENCES " + violations.size();
    }
}
