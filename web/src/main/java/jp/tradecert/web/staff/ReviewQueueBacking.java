package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.application.ApplicationCursor;
import jp.tradecert.application.ApplicationLists;
import jp.tradecert.application.CertificateApplication;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.KeysetRows;
import jp.tradecert.web.LocaleSelection;
import jp.tradecert.web.Messages;
import jp.tradecert.web.applications.CountryChoices;

/**
 * 審査待ち: the chamber's submitted applications, oldest submission first (the order they are to be
 * decided in), a page at a time by keyset; each row links by its receipt number to its page.
 */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @EJB
    private ApplicationLists lists;

    private KeysetRows<CertificateApplication, ApplicationCursor> rows;

    @PostConstruct
    void load() {
        rows = new KeysetRows<>(new QueuePages(lists, currentUser.get()), ApplicationLists.MAX_PAGE);
    }

    /** The pages of one chamber's queue, the chamber taken from the signed-in staff member. */
    private record QueuePages(ApplicationLists lists, SignedInUser staff)
            implements KeysetRows.Pages<CertificateApplication, ApplicationCursor> {
        @Override
        public List<CertificateApplication> read(ApplicationCursor after, int size) {
            return lists.reviewQueue(staff, after, size);
        }

        @Override
        public long count() {
            return lists.reviewCount(staff);
        }

        @Override
        public ApplicationCursor cursorOf(CertificateApplication row) {
            return ApplicationLists.queueCursor(row);
        }

        @Override
        public String keyOf(CertificateApplication row) {
            return String.valueOf(row.getId());
        }
    }

    public KeysetRows<CertificateApplication, ApplicationCursor> getRows() {
        return rows;
    }

    public String typeName(CertificateApplication row) {
        return Messages.text("CertificateType." + row.getCertificateType().name());
    }

    public String paymentName(CertificateApplication row) {
        return Messages.text("FeePayment." + row.getPayment().name());
    }

    public String countryName(CertificateApplication row) {
        return CountryChoices.name(row.getDestinationCountry(), localeSelection.getLocale());
    }
}
