package jp.tradecert.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A bank file as received: its name, content hash and where its bytes are kept, and what became of
 * it (accepted, then applied; or a duplicate; or rejected with the errors found). A file of a
 * chamber's staff touches only that chamber's orders; an inbox file is the bank's, for every chamber.
 */
@Entity
@Table(name = "bank_file")
@NamedQueries({
        @NamedQuery(name = BankFile.TO_APPLY, query = """
            select f.id from BankFile f where f.status = jp.tradecert.deposit.FileStatus.ACCEPTED
              and (f.source = jp.tradecert.deposit.FileSource.INBOX or f.approvedBy is not null)
            order by f.id"""),
        @NamedQuery(name = BankFile.TO_APPLY_OF_CHAMBER, query = """
            select f.id from BankFile f where f.status = jp.tradecert.deposit.FileStatus.ACCEPTED
              and f.chamberId = :chamber and f.approvedBy is not null
            order by f.id""")
})
public class BankFile {

    /** {@link #TO_APPLY}, of the files a chamber's staff uploaded. */
    public static final String TO_APPLY_OF_CHAMBER = "BankFile.toApplyOfChamber";

    /** Accepted files not yet applied, oldest first. */
    public static final String TO_APPLY = "BankFile.toApply";

    @Id
    @SequenceGenerator(name = "bank_file_seq", sequenceName = "bank_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_file_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "content_sha256", nullable = false, updatable = false)
    private String contentSha256;

    @Column(name = "first_content", updatable = false)
    private String firstContent;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FileSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FileStatus status;

    @Enumerated(EnumType.STRING)
    private DepositFormat format;

    private String errors;

    private Integer deposits;

    private Integer cancellations;

    @Column(name = "not_applicable")
    private Integer notApplicable;

    @Column(name = "deposited_yen")
    private Long depositedYen;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "received_by", updatable = false)
    private Long receivedBy;

    /** The second staff member who approved an uploaded file; until then it is not applied. */
    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "chamber_id", updatable = false)
    private Long chamberId;

    @Column(name = "stored_as", nullable = false, updatable = false)
    private String storedAs;

    @Version
    private long version;

    protected BankFile() {
    }

    BankFile(String name, String contentSha256, long sizeBytes, FileSource source, Long receivedBy, Long chamberId,
            String storedAs, Instant now) {
        this.name = Objects.requireNonNull(name);
        this.contentSha256 = Objects.requireNonNull(contentSha256);
        this.sizeBytes = sizeBytes;
        this.source = Objects.requireNonNull(source);
        this.receivedBy = receivedBy;
        this.chamberId = chamberId;
        this.storedAs = Objects.requireNonNull(storedAs);
        this.receivedAt = now;
    }

    void accept(BankFiles.FileSummary summary) {
        this.status = FileStatus.ACCEPTED;
        this.firstContent = contentSha256;
        this.format = summary.format();
        this.deposits = Math.toIntExact(summary.deposits());
        this.cancellations = Math.toIntExact(summary.cancellations());
        this.notApplicable = Math.toIntExact(summary.notApplicable());
        this.depositedYen = summary.depositedYen();
    }

    void reject(String errors) {
        this.status = FileStatus.REJECTED;
        this.firstContent = contentSha256;
        this.errors = errors.length() > 2000 ? errors.substring(0, 2000) : errors;
    }

    void duplicate() {
        this.status = FileStatus.DUPLICATE;
    }

    /**
     * A second staff member approves an uploaded, accepted file: from now on a reconciliation applies it.
     * Refused for the one who uploaded it, for a file of the bank's channel, for one not accepted (a
     * duplicate or a rejected file) and for one already approved.
     */
    void approve(long staffId, Instant now) {
        if (source != FileSource.UPLOAD || status != FileStatus.ACCEPTED || approvedBy != null) {
            throw new FileApprovalRefusedException(id, "not an accepted upload awaiting approval");
        }
        if (receivedBy != null && receivedBy == staffId) {
            throw new FileApprovalRefusedException(id, "the one who uploaded a file cannot approve it");
        }
        approvedBy = staffId;
        approvedAt = now;
    }

    /** Whether the file waits for a second staff member's approval before it is applied. */
    public boolean isAwaitingApproval() {
        return source == FileSource.UPLOAD && status == FileStatus.ACCEPTED && approvedBy == null;
    }

    public Long getReceivedBy() {
        return receivedBy;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    void applied(Instant now) {
        if (status != FileStatus.ACCEPTED) {
            throw new IllegalStateException("File " + id + " is " + status + ", not accepted");
        }
        status = FileStatus.APPLIED;
        appliedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public FileStatus getStatus() {
        return status;
    }

    public DepositFormat getFormat() {
        return format;
    }

    public String getErrors() {
        return errors;
    }

    public Integer getDeposits() {
        return deposits;
    }

    public Long getDepositedYen() {
        return depositedYen;
    }

    public Long getChamberId() {
        return chamberId;
    }

    public String getStoredAs() {
        return storedAs;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
