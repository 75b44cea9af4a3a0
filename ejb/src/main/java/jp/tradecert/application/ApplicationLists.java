package jp.tradecert.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tradecert.account.CouponsNotAllowedException;
import jp.tradecert.account.Role;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;

/**
 * The lists of applications, read a page at a time by keyset (see {@link ApplicationCursor}): the
 * applicant's 発給申請状況一覧, newest first (a user ID sees its company's, a sub ID the ones it filed),
 * and the chamber's review queue of submitted applications, oldest submission first.
 */
@Stateless
public class ApplicationLists {

    /** The longest page one read returns. */
    public static final int MAX_PAGE = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The applicant's applications matching the filter, newest first, after {@code after} (null: from the newest). */
    public List<CertificateApplication> page(SignedInUser applicant, ApplicationFilter filter, ApplicationCursor after,
            int size) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = applicantsWhere(applicant, filter, parameters);
        if (after != null) {
            where.append(" and (a.createdAt < :at or (a.createdAt = :at and a.id < :id))");
            parameters.put("at", after.at());
            parameters.put("id", after.id());
        }
        return query("select a from CertificateApplication a" + where + " order by a.createdAt desc, a.id desc",
                CertificateApplication.class, parameters).setMaxResults(pageSize(size)).getResultList();
    }

    public long count(SignedInUser applicant, ApplicationFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = applicantsWhere(applicant, filter, parameters);
        return query("select count(a) from CertificateApplication a" + where, Long.class, parameters)
                .getSingleResult();
    }

    /** Where a page of the applicant's list ending with this row ends. */
    public static ApplicationCursor listCursor(CertificateApplication row) {
        return new ApplicationCursor(row.getCreatedAt(), row.getId());
    }

    /** The chamber's submitted applications awaiting a decision, oldest submission first. */
    public List<CertificateApplication> reviewQueue(SignedInUser staff, ApplicationCursor after, int size) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where a.chamberId = :chamber and a.status = :status");
        parameters.put("chamber", staff.chamberId());
        parameters.put("status", ApplicationStatus.SUBMITTED);
        if (after != null) {
            where.append(" and (a.submittedAt > :at or (a.submittedAt = :at and a.id > :id))");
            parameters.put("at", after.at());
            parameters.put("id", after.id());
        }
        return query("select a from CertificateApplication a" + where + " order by a.submittedAt, a.id",
                CertificateApplication.class, parameters).setMaxResults(pageSize(size)).getResultList();
    }

    public long reviewCount(SignedInUser staff) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return em.createQuery("select count(a) from CertificateApplication a where a.chamberId = :chamber"
                        + " and a.status = :status", Long.class)
                .setParameter("chamber", staff.chamberId())
                .setParameter("status", ApplicationStatus.SUBMITTED)
                .getSingleResult();
    }

    /** Where a page of the review queue ending with this row ends. */
    public static ApplicationCursor queueCursor(CertificateApplication row) {
        return new ApplicationCursor(row.getSubmittedAt(), row.getId());
    }

    private StringBuilder applicantsWhere(SignedInUser applicant, ApplicationFilter filter,
            Map<String, Object> parameters) {
        CouponsNotAllowedException.check(applicant);
        StringBuilder where = new StringBuilder(" where a.companyId = :company");
        parameters.put("company", applicant.companyId());
        if (applicant.role() == Role.SUB) {
            where.append(" and a.createdBy = :account");
            parameters.put("account", applicant.accountId());
        }
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.receiptNumber() != null) {
            where.append(" and a.receiptNumber = :receipt");
            parameters.put("receipt", filter.receiptNumber());
        }
        if (filter.from() != null) {
            where.append(" and a.createdAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(clock.getZone()).toInstant());
        }
        if (filter.to() != null) {
            where.append(" and a.createdAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        }
        if (filter.destinationCountry() != null) {
            where.append(" and a.destinationCountry = :country");
            parameters.put("country", filter.destinationCountry());
        }
        return where;
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Map<String, Object> parameters) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static int pageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A page has at least one row");
        }
        return Math.min(size, MAX_PAGE);
    }
}
