package jp.tradecert.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tradecert.ledger.InvariantViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly ledger audit's report, to the auditors' address ({@code coupons.audit.mail-to}): one
 * mail a night at most, listing the differences (the first {@value #LISTED}).
 */
@Stateless
public class AuditMails {

    static final int LISTED = 200;

    @EJB
    private MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "coupons.audit.mail-to", defaultValue = "audit@localhost")
    String auditors;

    public void differences(LocalDate night, List<InvariantViolation> violations) {
        String differences = violations.stream().limit(LISTED).map(violation -> "・" + violation)
                .collect(Collectors.joining("\n"));
        if (violations.size() > LISTED) {
            differences += "\n…ほか " + (violations.size() - LISTED) + " 件";
        }
        outbox.queue("audit:" + night, MailKind.AUDIT_DIFFERENCES, null, auditors, Map.of(
                "date", night.format(DateTimeFormatter.ofPattern("uuuu年MM月dd日")),
                "count", String.valueOf(violations.size()),
                "differences", differences));
    }
}
