package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
        CompanyDirectory companies = directory;
        SignedInUser staff = currentUser.get();
        String typed = query;
        rows = KeysetRows.byId((after, size) -> companies.search(staff, typed, after, size),
                () -> companies.count(staff, typed), Company::getId, CompanyDirectory.MAX_PAGE);
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
