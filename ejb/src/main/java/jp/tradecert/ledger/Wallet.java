package jp.tradecert.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A company's coupons: the balance every user ID and sub ID of the company shares (クーポン残数), and
 * the coupons in its open orders (クーポン購入手続中). Opened with the company, never closed.
 *
 * <p>Every writer locks this row ({@code PESSIMISTIC_WRITE}) in the transaction that writes the
 * ledger entry explaining the change, so changes of one company's coupons happen one at a time; the
 * database refuses a negative balance whatever happens. Only the ledger changes it, through this entity
 * or, on the hot path of a coupon use, through one conditional update that also takes the lock.
 */
@Entity
public class Wallet {

    @Id
    @Column(name = "company_id")
    private Long companyId;

    @Column(nullable = false)
    private long balance;

    @Column(name = "pending_coupons", nullable = false)
    private long pendingCoupons;

    @Version
    private long version;

    protected Wallet() {
    }

    Wallet(long companyId) {
        this.companyId = companyId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public long getBalance() {
        return balance;
    }

    public long getPendingCoupons() {
        return pendingCoupons;
    }

    void add(int coupons) {
        balance += coupons;
    }

    void remove(int coupons) {
        if (coupons > balance) {
            throw new InsufficientCouponsException(balance, coupons);
        }
        balance -= coupons;
    }

    void reserve(int coupons) {
        pendingCoupons += coupons;
    }

    void release(int coupons) {
        if (coupons > pendingCoupons) {
            throw new IllegalStateException("Releasing " + coupons + " coupons of " + pendingCoupons + " pending");
        }
        pendingCoupons -= coupons;
    }
}
