package jp.tradecert.deposit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.logging.Logger;
import jp.tradecert.notification.MailOutbox;
import jp.tradecert.platform.Clocks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notices a bank file that did not come. The night after a business day the bank's file for that day
 * should have arrived in the inbox; if none has since that day began, the staff are mailed
 * ({@code coupons.bank.alert-mail-to}), once for that day: buyers' coupons are waiting on it.
 */
@Stateless
public class BankFileWatch {

    private static final Logger LOG = Logger.getLogger(BankFileWatch.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private BankCalendar calendar;

    @EJB
    private MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "coupons.bank.alert-mail-to", defaultValue = "staff@localhost")
    String staff;

    /**
     * The check of {@code night} (the date the nightly run starts, in Japan): if the day before was a
     * business day and no inbox file has arrived since it began, the staff are told. Answers whether
     * an alert was raised.
     */
    public boolean alertIfMissing(LocalDate night) {
        LocalDate day = night.minusDays(1);
        if (!calendar.knowsYear(day.getYear())) {
            LOG.warning(() -> "The bank calendar has no holidays for " + day.getYear() + ": add them (bank_holiday)");
        }
        if (!calendar.isBusinessDay(day)) {
            return false;
        }
        Number files = (Number) em.createNativeQuery("select count(*) from bank_file where source = 'INBOX'"
                        + " and received_at >= ? and received_at < ?")
                .setParameter(1, OffsetDateTime.of(day.atStartOfDay(), Clocks.TOKYO.getRules()
                        .getOffset(day.atStartOfDay())))
                .setParameter(2, OffsetDateTime.of(night.plusDays(1).atStartOfDay(), Clocks.TOKYO.getRules()
                        .getOffset(night.plusDays(1).atStartOfDay())))
                .getSingleResult();
        if (files.longValue() > 0) {
            return false;
        }
        LOG.warning(() -> "No bank file arrived for business day " + day);
        outbox.queue("missing-bank-file:" + day, DepositMail.MISSING_BANK_FILE, null, staff,
                Map.of("day", DATE.format(day)));
        return true;
    }
}
