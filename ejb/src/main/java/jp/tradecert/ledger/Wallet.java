package jp.tradecert.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.util.Objects;
import jp.tradecert.account.Company;

/**
 * A company's coupons: the balance every user ID and sub ID of the company shares, and the coupons
 * in its open orders. Opened with the company, never closed. Every writer locks this row in the
 * transaction that writes the ledger entry explaining the change.
 */
@Entity
public class Wallet {

    @Id
    @Column(name = "company_id")
    private Long companyId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false)
    private long balance;

    @Column(name = "pending_coupons", nullable = false)
    private long pendingCoupons;

    @Version
    private long version;

    protected Wallet() {
    }

    Wallet(Company company) {
        this.company = Objects.requireNonNull(company);
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
}
