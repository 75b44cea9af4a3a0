package jp.tradecert.account;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import jp.tradecert.platform.SqlDialect;

/**
 * The chamber's companies as its staff find them in the console: by trade registration number (its
 * start), part of the name (Japanese or English) or a user ID of the company, a page at a time by keyset
 * (the company's id). Every read is scoped to the staff member's chamber: another chamber's company is
 * not found, whatever its id.
 */
@Stateless
public class CompanyDirectory {

    /** The longest page one read returns. */
    public static final int MAX_PAGE = 100;

    /** The longest search text taken (a number is 10 digits, a name at most a few dozen characters). */
    public static final int MAX_QUERY = 100;

    @PersistenceContext
    private EntityManager em;

    /** The companies matching {@code query} (blank: all of them), by id, after the company {@code afterId} (null: from the first). */
    public List<Company> search(SignedInUser staff, String query, Long afterId, int size) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        Query ids = matching(staff, query, "select c.id", afterId).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)));
        @SuppressWarnings("unchecked")
        List<Long> found = ((List<Number>) ids.getResultList()).stream().map(Number::longValue).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Company c where c.id in :ids order by c.id", Company.class)
                .setParameter("ids", found)
                .getResultList();
    }

    public long count(SignedInUser staff, String query) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return ((Number) matching(staff, query, "select count(*)", null).getSingleResult()).longValue();
    }

    /** A company of the staff member's chamber; another chamber's is not found. */
    public Company get(SignedInUser staff, long companyId) {
        return ofChamber(staff, companyId).orElseThrow(() -> new CompanyNotFoundException(companyId));
    }

    /**
     * The company if it is of the staff member's chamber: the one place that says whose a company is,
     * for every console read of a company's order, refund or deposit (each then says "not found" in its
     * own words).
     */
    public Optional<Company> ofChamber(SignedInUser staff, long companyId) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return Optional.ofNullable(em.find(Company.class, companyId))
                .filter(company -> company.getChamber().getId() == staff.chamberId());
    }

    /** The company of the staff member's chamber with that trade registration number (typed: full-width digits too). */
    public Optional<Company> byNumber(SignedInUser staff, String typed) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        String number = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (!number.matches("[0-9]{10}")) {
            return Optional.empty();
        }
        return em.createQuery("select c from Company c where c.tradeRegistrationNumber = :number"
                        + " and c.chamber.id = :chamber", Company.class)
                .setParameter("number", new TradeRegistrationNumber(number))
                .setParameter("chamber", staff.chamberId())
                .getResultStream()
                .findFirst();
    }

    /** The company's accounts (user IDs, their sub IDs, the admin ID), by login ID. */
    public List<UserAccount> usersOf(SignedInUser staff, long companyId) {
        Company company = get(staff, companyId);
        return em.createQuery("select u from UserAccount u where u.company = :company order by u.loginId",
                        UserAccount.class)
                .setParameter("company", company)
                .getResultList();
    }

    /** The search as a statement: the chamber's companies, narrowed by the normalized query. */
    private Query matching(SignedInUser staff, String query, String select, Long afterId) {
        String text = normalized(query);
        StringBuilder sql = new StringBuilder(select).append(" from company c where c.chamber_id = ?1");
        if (!text.isEmpty()) {
            sql.append(" and (c.trade_registration_number like ?2 escape '\\'")
                    .append(" or lower(c.name_ja) like ?3 escape '\\' or lower(c.name_en) like ?3 escape '\\'")
                    .append(" or c.name_kana like ?6 escape '\\'")
                    .append(" or exists (select 1 from user_account u where u.company_id = c.id and lower(u.login_id) = ?4))");
        }
        if (afterId != null) {
            sql.append(" and c.id > ?5");
        }
        if (select.startsWith("select c.id")) {
            sql.append(" order by c.id");
        }
        Query statement = em.createNativeQuery(sql.toString()).setParameter(1, staff.chamberId());
        if (!text.isEmpty()) {
            String anywhere = SqlDialect.containing(text);
            statement.setParameter(2, anywhere.substring(1)).setParameter(3, anywhere).setParameter(4, text)
                    // フリガナ is stored in one form: typed hiragana or half-width kana find it too
                    .setParameter(6, SqlDialect.containing(Kana.katakana(text)));
        }
        if (afterId != null) {
            statement.setParameter(5, afterId);
        }
        return statement;
    }

    /**
     * What is searched for: full-width digits and letters as half-width (NFKC, as staff type them either
     * way), lower case, without surrounding blanks, at most {@link #MAX_QUERY} characters.
     */
    static String normalized(String query) {
        if (query == null) {
            return "";
        }
        String text = Normalizer.normalize(query, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        return text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
    }
}
