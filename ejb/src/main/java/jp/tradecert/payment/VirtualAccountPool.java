package jp.tradecert.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A chamber's one-time accounts at its bank: the bank and branch, the holder name the buyer sees
 * (e.g. {@code GMO-EP*ｵｵｻｶｼﾖｳｺｳｶｲｷﾞｼﾖ}), the range of 7-digit account numbers, and how many days a
 * number rests after its order closes before it is given again.
 */
@Entity
@Table(name = "virtual_account_pool")
public class VirtualAccountPool {

    @Id
    @Column(name = "chamber_id")
    private Long chamberId;

    @Column(name = "bank_code", nullable = false)
    private String bankCode;

    @Column(name = "bank_name", nullable = false)
    private String bankName;

    @Column(name = "branch_code", nullable = false)
    private String branchCode;

    @Column(name = "branch_name", nullable = false)
    private String branchName;

    @Column(name = "holder_name", nullable = false)
    private String holderName;

    @Column(name = "first_number", nullable = false)
    private int firstNumber;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    @Column(name = "quarantine_days", nullable = false)
    private int quarantineDays;

    @Version
    private long version;

    protected VirtualAccountPool() {
    }

    public VirtualAccountPool(long chamberId, String bankCode, String bankName, String branchCode, String branchName,
            String holderName, int firstNumber, int lastNumber, int quarantineDays) {
        if (bankCode == null || !bankCode.matches("[0-9]{4}") || branchCode == null || !branchCode.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("A bank code is 4 digits, a branch code 3");
        }
        if (firstNumber < 0 || firstNumber > lastNumber || lastNumber > 9_999_999) {
            throw new IllegalArgumentException("Account numbers are 7 digits, the range " + firstNumber + ".."
                    + lastNumber + " is not");
        }
        if (quarantineDays < 0) {
            throw new IllegalArgumentException("A quarantine is not negative");
        }
        this.chamberId = chamberId;
        this.bankCode = bankCode;
        this.bankName = Objects.requireNonNull(bankName);
        this.branchCode = branchCode;
        this.branchName = Objects.requireNonNull(branchName);
        this.holderName = Objects.requireNonNull(holderName);
        this.firstNumber = firstNumber;
        this.lastNumber = lastNumber;
        this.quarantineDays = quarantineDays;
    }

    public Long getChamberId() {
        return chamberId;
    }

    public String getBankCode() {
        return bankCode;
    }

    public String getBankName() {
        return bankName;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public String getBranchName() {
        return branchName;
    }

    public String getHolderName() {
        return holderName;
    }

    public int getFirstNumber() {
        return firstNumber;
    }

    public int getLastNumber() {
        return lastNumber;
    }

    public int getQuarantineDays() {
        return quarantineDays;
    }
}
