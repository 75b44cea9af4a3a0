package jp.tradecert.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import jp.tradecert.account.Company;
import jp.tradecert.account.UserAccount;
import jp.tradecert.notification.MailOutbox;
import jp.tradecert.platform.JapaneseText;

/**
 * The mails an application's filer gets, queued in the transaction of the move they report: submitted
 * (the receipt number), put on hold (the reason), approved and awaiting card payment, issued (the print
 * deadline). They go to the address of the account that filed it; an account without one gets none.
 * Each is keyed by the move and its submission, so a move made once queues once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ApplicationMails {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private MailOutbox outbox;

    public void submitted(CertificateApplication application) {
        queue(application, ApplicationMail.APPLICATION_SUBMITTED, application.getSubmissions(), values -> { });
    }

    public void putOnHold(CertificateApplication application) {
        queue(application, ApplicationMail.APPLICATION_ON_HOLD, application.getHolds(),
                values -> values.put("reason", application.getHoldReason()));
    }

    public void awaitingCard(CertificateApplication application) {
        queue(application, ApplicationMail.APPLICATION_AWAITING_CARD, 0, values -> { });
    }

    public void issued(CertificateApplication application, IssuedCertificate certificate) {
        queue(application, ApplicationMail.CERTIFICATE_ISSUED, 0, values -> {
            values.put("certificateNumber", certificate.getCertificateNumber());
            values.put("issuedOn", JapaneseText.date(certificate.getIssuedOn()));
            values.put("printableUntil", JapaneseText.date(certificate.getPrintableUntil()));
        });
    }

    private void queue(CertificateApplication application, ApplicationMail kind, int submission,
            Consumer<Map<String, String>> details) {
        UserAccount filer = em.find(UserAccount.class, application.getCreatedBy());
        if (filer.getEmail() == null) {
            return;
        }
        Company company = em.find(Company.class, application.getCompanyId());
        Map<String, String> values = new HashMap<>();
        values.put("filerName", filer.getDisplayName());
        values.put("companyName", company.getNameJa());
        values.put("chamberName", company.getChamber().getNameJa());
        values.put("receiptNumber", String.valueOf(application.getReceiptNumber()));
        values.put("type", application.getCertificateType().name());
        values.put("destination", Countries.find(application.getDestinationCountry())
                .map(country -> country.name(Locale.JAPANESE)).orElse(application.getDestinationCountry()));
        values.put("fee", JapaneseText.number(application.getFeeYen()));
        values.put("payment", application.getPayment().name());
        details.accept(values);
        outbox.queueNew(kind.name().toLowerCase(Locale.ROOT) + ":" + application.getId() + ":" + submission, kind,
                MailOutbox.About.application(application.getId()), filer.getEmail(), values);
    }
}
