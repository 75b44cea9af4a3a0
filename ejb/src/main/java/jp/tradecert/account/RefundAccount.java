package jp.tradecert.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * The bank account a chamber pays refunds from, printed on its refund request form (返金依頼書):
 * bank, branch, account type (普通 ordinary or 当座 current), 7-digit number and holder.
 */
@Embeddable
public class RefundAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 普通 or 当座. */
    public enum Type {
        ORDINARY,
        CURRENT
    }

    @Column(name = "refund_bank_name")
    private String bankName;

    @Column(name = "refund_branch_name")
    private String branchName;

    @Column(name = "refund_account_type")
    @Enumerated(EnumType.STRING)
    private Type type;

    @Column(name = "refund_account_number")
    private String number;

    @Column(name = "refund_account_holder")
    private String holder;

    protected RefundAccount() {
    }

    public RefundAccount(String bankName, String branchName, Type type, String number, String holder) {
        this.bankName = Chamber.requireText(bankName, "Bank name");
        this.branchName = Chamber.requireText(branchName, "Branch name");
        this.type = Objects.requireNonNull(type);
        if (number == null || !number.matches("[0-9]{7}")) {
            throw new IllegalArgumentException("An account number is 7 digits: " + number);
        }
        this.number = number;
        this.holder = Chamber.requireText(holder, "Account holder");
    }

    public String getBankName() {
        return bankName;
    }

    public String getBranchName() {
        return branchName;
    }

    public Type getType() {
        return type;
    }

    public String getNumber() {
        return number;
    }

    public String getHolder() {
        return holder;
    }
}
