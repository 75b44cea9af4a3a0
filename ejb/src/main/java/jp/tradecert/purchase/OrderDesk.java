package jp.tradecert.purchase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.tradecert.account.AuditAction;
import jp.tradecert.account.Company;
import jp.tradecert.account.CompanyDirectory;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.platform.AuditTrail;
import jp.tradecert.platform.SqlDialect;

/**
 * The chamber's orders as its staff find them in the console: by part of the order number (which holds the
 * company's trade registration number) or of the company's name, status, payment method and order date, newest first, a page at
 * a time by keyset (the order's id); an order's page; and a clerk's cancellation of an unpaid bank-transfer
 * order (a buyer who phoned, a duplicate), audited. Another chamber's order is not found.
 */
@Stateless
public class OrderDesk {

    /** What the staff search for; every part optional. */
    public record Search(String text, OrderStatus status, PaymentMethod method, LocalDate from, LocalDate to) {

        public static final Search ALL = new Search(null, null, null, null, null);
    }

    /** An order as the desk lists it, with its company's name and number. */
    public record Row(PurchaseOrder order, String companyName, String tradeRegistrationNumber) {

        // the getters Jakarta EL 5 (Faces 4) reads: it does not know a record's accessors

        public PurchaseOrder getOrder() {
            return order;
        }

        public String getCompanyName() {
            return companyName;
        }

        public String getTradeRegistrationNumber() {
            return tradeRegistrationNumber;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private PurchaseService purchases;

    @EJB
    private CompanyDirectory directory;

    @EJB
    private AuditTrail audit;

    /** The chamber's orders matching the search, newest first, before the order {@code beforeId} (null: from the newest). */
    public List<Row> search(SignedInUser staff, Search search, Long beforeId, int size) {
        TypedQuery<Object[]> query = matching(staff, search, "select o, c", beforeId, Object[].class)
                .setMaxResults(Math.max(1, Math.min(size, CompanyDirectory.MAX_PAGE)));
        return query.getResultStream().map(pair -> {
            Company company = (Company) pair[1];
            return new Row((PurchaseOrder) pair[0], company.getNameJa(), company.getTradeRegistrationNumber().value());
        }).toList();
    }

    public long count(SignedInUser staff, Search search) {
        return matching(staff, search, "select count(o)", null, Long.class).getSingleResult();
    }

    /** An order of the staff member's chamber. */
    public Row get(SignedInUser staff, long orderId) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        PurchaseOrder order = em.find(PurchaseOrder.class, orderId);
        if (order == null) {
            throw new OrderNotFoundException(orderId);
        }
        Company company = directory.ofChamber(staff, order.getCompanyId())
                .orElseThrow(() -> new OrderNotFoundException(orderId));
        return new Row(order, company.getNameJa(), company.getTradeRegistrationNumber().value());
    }

    /**
     * A clerk cancels an unpaid bank-transfer order of the chamber (as its buyer could): its one-time account is
     * released, the buyer who asked for mail is told. A card order, or one paid or closed, is refused; cancelling
     * one already cancelled changes nothing.
     */
    public PurchaseOrder cancel(SignedInUser staff, long orderId) {
        StaffOnlyException.check(staff, staff.chamberId());
        PurchaseOrder order = get(staff, orderId).order();
        if (order.getPaymentMethod() != PaymentMethod.BANK_TRANSFER) {
            throw new IllegalOrderStateException(order.getOrderNumber().value(), order.getStatus(), "cancel a card order");
        }
        OrderStatus before = order.getStatus();
        PurchaseOrder cancelled = purchases.cancelForTheChamber(staff, orderId);
        if (before != OrderStatus.CANCELLED) {
            audit.record(staff.auditActor(), AuditAction.ORDER_CANCELLED, "order:" + orderId, before.name(),
                    OrderStatus.CANCELLED.name());
        }
        return cancelled;
    }

    private <T> TypedQuery<T> matching(SignedInUser staff, Search search, String select, Long beforeId, Class<T> type) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        String text = search.text() == null ? ""
                : Normalizer.normalize(search.text(), Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (text.length() > CompanyDirectory.MAX_QUERY) {
            text = text.substring(0, CompanyDirectory.MAX_QUERY);
        }
        StringBuilder jpql = new StringBuilder(select)
                .append(" from PurchaseOrder o, Company c where c.id = o.companyId and c.chamber.id = :chamber");
        if (!text.isEmpty()) {
            // an order number holds its date, the company's trade registration number and a sequence: part of
            // it finds the order, or every order of a company by its number
            jpql.append(" and (o.orderNumber like :anywhere escape '\\'")
                    .append(" or lower(c.nameJa) like :anywhere escape '\\' or lower(c.nameEn) like :anywhere escape '\\')");
        }
        if (search.status() != null) {
            jpql.append(" and o.status = :status");
        }
        if (search.method() != null) {
            jpql.append(" and o.paymentMethod = :method");
        }
        if (search.from() != null) {
            jpql.append(" and o.orderDate >= :from");
        }
        if (search.to() != null) {
            jpql.append(" and o.orderDate <= :to");
        }
        if (beforeId != null) {
            jpql.append(" and o.id < :before");
        }
        if (select.startsWith("select o")) {
            jpql.append(" order by o.id desc");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type).setParameter("chamber", staff.chamberId());
        if (!text.isEmpty()) {
            String anywhere = SqlDialect.containing(text);
            query.setParameter("anywhere", anywhere);
        }
        if (search.status() != null) {
            query.setParameter("status", search.status());
        }
        if (search.method() != null) {
            query.setParameter("method", search.method());
        }
        if (search.from() != null) {
            query.setParameter("from", search.from());
        }
        if (search.to() != null) {
            query.setParameter("to", search.to());
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query;
    }
}
