package jp.tradecert.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An entry of a bank file the reconciliation could not apply, kept with the reason for a clerk. */
@Entity
@Table(name = "bank_entry_issue")
@NamedQueries({
        @NamedQuery(name = BankEntryIssue.OF_FILE, query = "select i from BankEntryIssue i where i.fileId = :file order by i.position")
})
public class BankEntryIssue {

    /** What the reconciliation could not apply of a file, in the file's order. */
    public static final String OF_FILE = "BankEntryIssue.ofFile";

    @Id
    @SequenceGenerator(name = "bank_entry_issue_seq", sequenceName = "bank_entry_issue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_entry_issue_seq")
    private Long id;

    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;

    @Column(nullable = false, updatable = false)
    private long position;

    @Column(name = "bank_reference", updatable = false)
    private String bankReference;

    @Column(updatable = false)
    private String account;

    @Column(updatable = false)
    private String amount;

    @Column(updatable = false)
    private String currency;

    @Column(nullable = false, updatable = false)
    private String reason;

    protected BankEntryIssue() {
    }

    BankEntryIssue(long fileId, long position, String bankReference, String account, String amount, String currency,
            String reason) {
        this.fileId = fileId;
        this.position = position;
        this.bankReference = bankReference;
        this.account = account;
        this.amount = amount;
        this.currency = currency;
        this.reason = reason;
    }

    public long getPosition() {
        return position;
    }

    public String getBankReference() {
        return bankReference;
    }

    public String getCurrency() {
        return currency;
    }

    public String getReason() {
        return reason;
    }
}
