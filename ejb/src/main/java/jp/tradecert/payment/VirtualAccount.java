package jp.tradecert.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One account number of a chamber's pool. Free, then given to one open bank-transfer order, then
 * released when the order closes and rested until {@code reusableOn}, then free again. It remembers
 * the last order it served, so a late transfer to it is recognised as that order's.
 */
@Entity
@Table(name = "virtual_account")
@NamedQueries({
        @NamedQuery(name = VirtualAccount.FREE, query = """
            select v.id from VirtualAccount v
            where v.chamberId = :chamber and v.openOrderId is null
              and (v.reusableOn is null or v.reusableOn <= :today)
            order by v.number""")
})
public class VirtualAccount {

    /** The ids of a chamber's accounts free to give on {@code :today} (held by no open order, rested), lowest number first. */
    public static final String FREE = "VirtualAccount.free";

    @Id
    @SequenceGenerator(name = "virtual_account_seq", sequenceName = "virtual_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "virtual_account_seq")
    private Long id;

    @Column(name = "chamber_id", nullable = false, updatable = false)
    private long chamberId;

    @Column(name = "bank_code", nullable = false, updatable = false)
    private String bankCode;

    @Column(name = "branch_code", nullable = false, updatable = false)
    private String branchCode;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "reusable_on")
    private LocalDate reusableOn;

    @Column(name = "open_order_id")
    private Long openOrderId;

    @Version
    private long version;

    protected VirtualAccount() {
    }

    VirtualAccount(VirtualAccountPool pool, int number) {
        this.chamberId = pool.getChamberId();
        this.bankCode = pool.getBankCode();
        this.branchCode = pool.getBranchCode();
        this.number = String.format("%07d", number);
    }

    boolean isFreeOn(LocalDate day) {
        return openOrderId == null && (reusableOn == null || !reusableOn.isAfter(day));
    }

    void assignTo(long order, Instant now) {
        orderId = order;
        openOrderId = order;
        assignedAt = now;
        releasedAt = null;
        reusableOn = null;
    }

    void release(LocalDate today, int quarantineDays, Instant now) {
        openOrderId = null;
        releasedAt = now;
        reusableOn = today.plusDays(quarantineDays + 1L);
    }

    public long getChamberId() {
        return chamberId;
    }

    public String getBankCode() {
        return bankCode;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public String getNumber() {
        return number;
    }

    public Long getOrderId() {
        return orderId;
    }

    public boolean isOpen() {
        return openOrderId != null;
    }

    public LocalDate getReusableOn() {
        return reusableOn;
    }
}
