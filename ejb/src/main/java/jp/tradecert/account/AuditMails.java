package jp.tradecert.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.tradecert.ledger.InvariantViolation;
import jp.tradecert.notification.MailKind;
import jp.tradecert.notification.MailOutbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nightly ledger audit's report: to the auditors' address ({@code coupons.audit.mail-to}) with
 * every difference, and to each staff member (with a mail address) of a chamber whose data differs,
 * with that chamber's differences only. One mail a night at most to each, listing the differences
 * (the first {@value #LISTED}).
 */
@Stateless
public class AuditMails {

    static final int LISTED = 200;

    /** This report's mail; its text is {@code audit-differences.txt} beside this class. */
    public enum Mail implements MailKind {
        AUDIT_DIFFERENCES
    }

    @EJB
    private MailOutbox outbox;

    @EJB
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "coupons.audit.mail-to", defaultValue = "audit@localhost")
    String auditors;

    public void differences(LocalDate night, List<InvariantViolation> violations) {
        queue("audit:" + night, auditors, night, violations);
        Map<Long, List<InvariantViolation>> byChamber = violations.stream()
                .filter(violation -> violation.chamberId() != null)
                .collect(Collectors.groupingBy(InvariantViolation::chamberId, TreeMap::new, Collectors.toList()));
        byChamber.forEach((chamberId, theirs) -> {
            for (UserAccount staff : accounts.staffWithMail(chamberId)) {
                queue("audit:" + night + ":" + staff.getId(), staff.getEmail(), night, theirs);
            }
        });
    }

    private void queue(String key, String to, LocalDate night, List<InvariantViolation> violations) {
        String differences = violations.stream().limit(LISTED).map(String::valueOf)
                .collect(Collectors.joining("\n・", "・", ""));
        outbox.queue(key, Mail.AUDIT_DIFFERENCES, null, to, Map.of(
                "date", night.format(DateTimeFormatter.ofPattern("uuuu年MM月dd日")),
                "count", String.valueOf(violations.size()),
                "differences", differences,
                "more", violations.size() > LISTED ? "SOME" : "NONE",
                "unlisted", String.valueOf(Math.max(0, violations.size() - LISTED))));
    }
}
