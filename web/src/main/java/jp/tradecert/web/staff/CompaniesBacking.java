package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.tradecert.account.Company;
import jp.tradecert.account.CompanyDirectory;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.KeysetRows;
import jp.tradecert.web.LocaleSelection;

/**
 * 会社検索: the chamber's companies, found by trade registration number, part of the name or a user ID,
 * a page at a time by keyset; each row links to the company's page.
 */
@Named
@ViewScoped
public class CompaniesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @EJB
    private CompanyDirectory directory;

    private String query;
    private KeysetRows<Company, Long> rows;

    @PostConstruct
    void load() {
        search();
    }

    /** Runs the search again with the text as typed (the table starts over at its first page). */
    public void search() {
        rows = new KeysetRows<>(new Found(directory, currentUser.get(), query), CompanyDirectory.MAX_PAGE);
    }

    /** The pages of one search, in the staff member's chamber. */
    private record Found(CompanyDirectory directory, SignedInUser staff, String query)
            implements KeysetRows.Pages<Company, Long> {
        @Override
        public List<Company> read(Long after, int size) {
            return directory.search(staff, query, after, size);
        }

        @Override
        public long count() {
            return directory.count(staff, query);
        }

        @Override
        public Long cursorOf(Company row) {
            return row.getId();
        }

        @Override
        public String keyOf(Company row) {
            return String.valueOf(row.getId());
        }
    }

    public String name(Company company) {
        return company.name(localeSelection.getLocale());
    }

    public Locale getLocale() {
        return localeSelection.getLocale();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public KeysetRows<Company, Long> getRows() {
        return rows;
    }
}
