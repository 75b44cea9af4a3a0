package jp.tradecert.purchase;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tradecert.account.Company;
import jp.tradecert.account.CompanyDirectory;
import jp.tradecert.account.ProposalStatus;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.document.Pdf;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.ledger.RefundNotFoundException;
import jp.tradecert.ledger.RefundStatus;
import jp.tradecert.platform.Clocks;

/**
 * The chamber's refund desk in the console: the refunds owed to its companies by status (those due oldest
 * first, as they are worked; paid and cancelled ones newest first), a page at a time by keyset (the
 * refund's id), and each one's refund request form (返金依頼書). Marking one paid is a proposal
 * ({@code account.Proposals.proposeRefundPaid}). Another chamber's refund is not found.
 */
@Stateless
public class RefundDesk {

    /** A refund as the desk lists it, with its company, its order's number (if any) and whether a payment of it waits for approval. */
    public record Row(RefundDue refund, long companyId, String companyName, String tradeRegistrationNumber,
            String orderNumber, boolean paymentProposed) {

        // the getters Jakarta EL 5 (Faces 4) reads: it does not know a record's accessors

        public RefundDue getRefund() {
            return refund;
        }

        public long getCompanyId() {
            return companyId;
        }

        public String getCompanyName() {
            return companyName;
        }

        public String getTradeRegistrationNumber() {
            return tradeRegistrationNumber;
        }

        public String getOrderNumber() {
            return orderNumber;
        }

        public boolean isPaymentProposed() {
            return paymentProposed;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private CompanyDirectory directory;

    /** The chamber's refunds in {@code status}, after the refund {@code afterId} in the list's order (null: from the first). */
    public List<Row> list(SignedInUser staff, RefundStatus status, Long afterId, int size) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        boolean oldestFirst = status == RefundStatus.DUE;
        String after = afterId == null ? "" : oldestFirst ? " and r.id > :after" : " and r.id < :after";
        TypedQuery<Object[]> query = em.createQuery("select r, c from RefundDue r, Company c" + OF_CHAMBER + after
                        + " order by r.id" + (oldestFirst ? "" : " desc"), Object[].class)
                .setParameter("chamber", staff.chamberId())
                .setParameter("status", status)
                .setMaxResults(Math.max(1, Math.min(size, CompanyDirectory.MAX_PAGE)));
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        List<Object[]> found = query.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        List<RefundDue> refunds = found.stream().map(pair -> (RefundDue) pair[0]).toList();
        Map<Long, String> numbers = orderNumbers(refunds);
        Set<Long> proposed = proposedPayments(refunds);
        return found.stream().map(pair -> {
            RefundDue refund = (RefundDue) pair[0];
            Company company = (Company) pair[1];
            return new Row(refund, company.getId(), company.getNameJa(), company.getTradeRegistrationNumber().value(),
                    numbers.get(refund.getOrderId()), proposed.contains(refund.getId()));
        }).toList();
    }

    public long count(SignedInUser staff, RefundStatus status) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return em.createQuery("select count(r) from RefundDue r, Company c" + OF_CHAMBER, Long.class)
                .setParameter("chamber", staff.chamberId())
                .setParameter("status", status)
                .getSingleResult();
    }

    /** What the chamber owes in {@code status} (DUE: what it still has to pay), in yen. */
    public long totalYen(SignedInUser staff, RefundStatus status) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        Long total = em.createQuery("select sum(r.amountYen) from RefundDue r, Company c" + OF_CHAMBER, Long.class)
                .setParameter("chamber", staff.chamberId())
                .setParameter("status", status)
                .getSingleResult();
        return total == null ? 0 : total;
    }

    private static final String OF_CHAMBER = " where c.id = r.companyId and c.chamber.id = :chamber and r.status = :status";

    /** A refund of the staff member's chamber. */
    public Row get(SignedInUser staff, long refundId) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        RefundDue refund = em.find(RefundDue.class, refundId);
        if (refund == null) {
            throw new RefundNotFoundException(refundId);
        }
        Company company = directory.ofChamber(staff, refund.getCompanyId())
                .orElseThrow(() -> new RefundNotFoundException(refundId));
        return new Row(refund, company.getId(), company.getNameJa(), company.getTradeRegistrationNumber().value(),
                orderNumbers(List.of(refund)).get(refund.getOrderId()), !proposedPayments(List.of(refund)).isEmpty());
    }

    /** The refund request form (返金依頼書) of a refund of the staff member's chamber, printed today. */
    public Pdf requestForm(SignedInUser staff, long refundId) {
        Row row = get(staff, refundId);
        Company company = em.find(Company.class, row.companyId());
        RefundDue refund = row.refund();
        RefundRequestForm form = new RefundRequestForm(company.getChamber().getNameJa(), LocalDate.now(clock), refund.getId(),
                refund.getReason(), refund.getCreatedAt().atZone(Clocks.TOKYO).toLocalDate(), refund.getAmountYen(),
                row.tradeRegistrationNumber(), row.companyName(), row.orderNumber(),
                company.getChamber().getRefundAccount());
        return new Pdf("返金依頼書_" + refund.getId() + ".pdf", form.pdf());
    }

    private Map<Long, String> orderNumbers(List<RefundDue> refunds) {
        Set<Long> ids = refunds.stream().map(RefundDue::getOrderId).filter(id -> id != null)
                .collect(Collectors.toCollection(HashSet::new));
        // a map that answers null for a refund of no order (a membership change, a late card fee)
        Map<Long, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select o from PurchaseOrder o where o.id in :ids", PurchaseOrder.class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(order -> numbers.put(order.getId(), order.getOrderNumber().value()));
        }
        return numbers;
    }

    private Set<Long> proposedPayments(List<RefundDue> refunds) {
        return Set.copyOf(em.createQuery("select p.refundId from Proposal p where p.refundId in :ids"
                        + " and p.status = :proposed", Long.class)
                .setParameter("ids", refunds.stream().map(RefundDue::getId).toList())
                .setParameter("proposed", ProposalStatus.PROPOSED)
                .getResultList());
    }
}
