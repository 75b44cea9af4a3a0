package jp.tradecert.web.applications;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.application.ApplicationCursor;
import jp.tradecert.application.ApplicationFilter;
import jp.tradecert.application.ApplicationLists;
import jp.tradecert.application.ApplicationStatus;
import jp.tradecert.application.CertificateApplication;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.KeysetRows;
import jp.tradecert.web.LocaleSelection;
import jp.tradecert.web.Messages;

/**
 * 発給申請状況一覧: the applications of the user's company (a sub ID: the ones it filed), newest first,
 * a page at a time by keyset, narrowed by status, receipt number, the days they were made and the
 * destination. Each row links to the application's page.
 */
@Named
@ViewScoped
public class ApplicationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @EJB
    private ApplicationLists lists;

    private String refusalMessage;
    private ApplicationStatus status;
    private String receiptNumber;
    private String from;
    private String to;
    private String destination;
    private KeysetRows<CertificateApplication, ApplicationCursor> rows;

    @PostConstruct
    void load() {
        try {
            CouponsNotAllowedException.check(currentUser.get());
        } catch (CouponsNotAllowedException e) {
            refusalMessage = Messages.text(e.messageKey(), e.arguments());
            return;
        }
        rows = new KeysetRows<>(new ApplicantPages(lists, currentUser.get(), ApplicationFilter.NONE),
                ApplicationLists.MAX_PAGE);
    }

    /** 検索: the list again, narrowed by the filters as typed (a bad one is said at its field). */
    public void search() {
        Long receipt = null;
        boolean valid = true;
        if (receiptNumber != null && !receiptNumber.isBlank()) {
            try {
                receipt = Long.valueOf(receiptNumber.strip());
            } catch (NumberFormatException e) {
                Messages.atField("filter-receipt", "applications.badReceiptNumber");
                valid = false;
            }
        }
        LocalDate fromDate = date(from, "filter-from");
        LocalDate toDate = date(to, "filter-to");
        valid &= (fromDate != null || blank(from)) && (toDate != null || blank(to));
        if (!valid) {
            return;
        }
        String country = blank(destination) ? null : destination;
        rows = new KeysetRows<>(new ApplicantPages(lists, currentUser.get(),
                new ApplicationFilter(status, receipt, fromDate, toDate, country)), ApplicationLists.MAX_PAGE);
    }

    private static LocalDate date(String text, String input) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip().replace('/', '-'), DATE);
        } catch (DateTimeParseException e) {
            Messages.atField(input, "application.badDate");
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The pages of one applicant's list: who and which filter are fixed here. */
    private record ApplicantPages(ApplicationLists lists, SignedInUser applicant, ApplicationFilter filter)
            implements KeysetRows.Pages<CertificateApplication, ApplicationCursor> {
        @Override
        public List<CertificateApplication> read(ApplicationCursor after, int size) {
            return lists.page(applicant, filter, after, size);
        }

        @Override
        public long count() {
            return lists.count(applicant, filter);
        }

        @Override
        public ApplicationCursor cursorOf(CertificateApplication row) {
            return ApplicationLists.listCursor(row);
        }

        @Override
        public String keyOf(CertificateApplication row) {
            return String.valueOf(row.getId());
        }
    }

    public List<SelectItem> getStatuses() {
        return Arrays.stream(ApplicationStatus.values())
                .map(value -> new SelectItem(value, Messages.text("ApplicationStatus." + value.name()))).toList();
    }

    public List<SelectItem> getCountries() {
        return CountryChoices.byRegion(localeSelection.getLocale());
    }

    public String statusName(CertificateApplication row) {
        return Messages.text("ApplicationStatus." + row.getStatus().name());
    }

    public String typeName(CertificateApplication row) {
        return Messages.text("CertificateType." + row.getCertificateType().name());
    }

    public String countryName(CertificateApplication row) {
        return CountryChoices.name(row.getDestinationCountry(), localeSelection.getLocale());
    }

    public boolean isRefused() {
        return refusalMessage != null;
    }

    public String getRefusalMessage() {
        return refusalMessage;
    }

    public KeysetRows<CertificateApplication, ApplicationCursor> getRows() {
        return rows;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }
}
