package jp.tradecert.deposit;

import jp.tradecert.account.AuditAction;
import jp.tradecert.platform.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.StaffOnlyException;
import jp.tradecert.account.SupervisorOnlyException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Receives bank files: keeps their bytes (under {@code coupons.bank.files}, named by content hash),
 * recognises one received before, and checks each new one whole, streaming, before it is accepted for
 * the reconciliation; a malformed file is rejected with the record and field at fault.
 */
@Stateless
public class BankFileService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "coupons.bank.files", defaultValue = "bank-files")
    private String storage;

    /** The largest bank file taken in: a night's camt.054 of 10,000 deposits is about 10 MB. */
    @Inject
    @ConfigProperty(name = "coupons.bank.max-file-bytes", defaultValue = "52428800")
    long maxFileBytes;

    /** A file found in the inbox directory: the bank's, for every chamber. */
    public BankFile receiveFromInbox(String name, InputStream content) {
        return receive(name, content, FileSource.INBOX, null, null);
    }

    /**
     * A supervisor (承認者) of the chamber, not its uploader, approves a file its staff uploaded; only then
     * does a reconciliation apply it. Another chamber's file is not found.
     */
    public BankFile approve(SignedInUser staff, long fileId) {
        StaffOnlyException.check(staff, staff.chamberId());
        BankFile file = em.find(BankFile.class, fileId, LockModeType.PESSIMISTIC_WRITE);
        if (file == null || file.getChamberId() == null || file.getChamberId() != staff.chamberId()) {
            throw new BankFileNotFoundException(fileId);
        }
        SupervisorOnlyException.check(staff, staff.chamberId());
        file.approve(staff.accountId(), clock.instant());
        audit.record(staff.auditActor(), AuditAction.BANK_FILE_APPROVED, "bank-file:" + fileId, "awaiting approval",
                "approved: " + file.getName());
        return file;
    }

    /**
     * A file uploaded by a chamber's staff: it touches that chamber's orders only, and is applied once a
     * supervisor other than its uploader has approved it ({@link #approve}).
     */
    public BankFile upload(SignedInUser staff, String name, InputStream content) {
        StaffOnlyException.check(staff, staff.chamberId());
        BankFile file = receive(name, content, FileSource.UPLOAD, staff.accountId(), staff.chamberId());
        audit.record(staff.auditActor(), AuditAction.BANK_FILE_UPLOADED, "bank-file:" + file.getId(), null,
                file.getName() + ": " + file.getStatus() + ", " + file.getSizeBytes() + " bytes, sha256 "
                        + file.getContentSha256());
        return file;
    }

    private BankFile receive(String name, InputStream content, FileSource source, Long by, Long chamber) {
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new IllegalArgumentException("A file has a name of 1 to 255 characters");
        }
        Path directory = Path.of(storage);
        try {
            Files.createDirectories(directory);
            Path incoming = Files.createTempFile(directory, "incoming-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha256)) {
                // one byte past the limit is enough to know the file is too large; the rest is not read
                size = copy(content, out, maxFileBytes + 1);
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            Optional<BankFile> first = findByContent(hash);
            Path kept = directory.resolve(hash);
            BankFile file = new BankFile(name.strip(), hash, size, source, by, chamber, kept.toString(),
                    clock.instant());
            if (first.isPresent()) {
                Files.delete(incoming);
                file.duplicate();
            } else {
                Files.move(incoming, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                if (size > maxFileBytes) {
                    file.reject("Record 0, file: larger than " + maxFileBytes + " bytes");
                } else {
                    try (InputStream in = Files.newInputStream(kept)) {
                        file.accept(BankFiles.check(in, LocalDate.now(clock)));
                    } catch (MalformedBankFileException malformed) {
                        file.reject(malformed.getMessage());
                    }
                }
            }
            em.persist(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep bank file " + name + " in " + directory, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies at most {@code limit} bytes; answers how many. */
    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        while (copied < limit) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            copied += read;
        }
        return copied;
    }

    /**
     * What one share of the reconciliation ({@code share} of {@code shares}) has to do: the accepted
     * files not yet applied that this share has not finished, oldest first.
     */
    public List<Long> filesToApply(Long chamberId, int share, int shares) {
        List<Long> accepted = filesToApply(chamberId);
        if (accepted.isEmpty()) {
            return accepted;
        }
        Query finished = em.createNativeQuery("select file_id from bank_file_share where share_count = ? and share_index = ?"
                + " and file_id in (" + String.join(", ", Collections.nCopies(accepted.size(), "?")) + ")")
                .setParameter(1, shares)
                .setParameter(2, share);
        for (int i = 0; i < accepted.size(); i++) {
            finished.setParameter(i + 3, accepted.get(i));
        }
        Set<Long> done = new HashSet<>();
        for (Object id : finished.getResultList()) {
            done.add(((Number) id).longValue());
        }
        return accepted.stream().filter(id -> !done.contains(id)).toList();
    }

    /**
     * Share {@code share} of {@code shares} has applied all of its entries of the file, in the
     * transaction of its last ones. Once every share of the run has, the file is applied. Recording a
     * share again (a restart after its end) changes nothing.
     */
    public void shareApplied(long fileId, int share, int shares) {
        // the file's row first: shares ending the same file at once count one after the other. Not
        // SELECT ... FOR UPDATE: this transaction's deposits already hold PostgreSQL's key-share lock on
        // the row (their foreign key), so two shares asking for FOR UPDATE wait for each other
        // (deadlock). An UPDATE that changes no key takes FOR NO KEY UPDATE, which key-share locks allow.
        em.createNativeQuery("update bank_file set version = version where id = ?")
                .setParameter(1, fileId)
                .executeUpdate();
        BankFile file = em.find(BankFile.class, fileId);
        em.refresh(file);
        if (count("select count(*) from bank_file_share where file_id = ? and share_count = ? and share_index = ?",
                fileId, shares, share) == 0) {
            em.createNativeQuery("insert into bank_file_share (file_id, share_count, share_index, applied_at) values (?, ?, ?, ?)")
                    .setParameter(1, fileId).setParameter(2, shares).setParameter(3, share)
                    .setParameter(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .executeUpdate();
        }
        if (file.getStatus() == FileStatus.ACCEPTED
                && count("select count(*) from bank_file_share where file_id = ? and share_count = ?", fileId, shares)
                == shares) {
            file.applied(clock.instant());
        }
    }

    private long count(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Accepted files not yet applied, oldest first: what the reconciliation has to do. For a chamber
     * (a run its staff started), only the files its staff uploaded; for the nightly run, all.
     */
    public List<Long> filesToApply(Long chamberId) {
        // two queries, not "(:chamber is null or ...)": a null bound with no type reaches PostgreSQL as
        // varchar, which it will not compare with a bigint column
        if (chamberId == null) {
            return em.createNamedQuery(BankFile.TO_APPLY, Long.class)
                    .getResultList();
        }
        return em.createNamedQuery(BankFile.TO_APPLY_OF_CHAMBER, Long.class)
                .setParameter("chamber", chamberId)
                .getResultList();
    }

    public BankFile get(long fileId) {
        BankFile file = em.find(BankFile.class, fileId);
        if (file == null) {
            throw new IllegalArgumentException("No bank file " + fileId);
        }
        return file;
    }

    /** The file's bytes, to read its entries again. */
    public InputStream open(long fileId) {
        try {
            return Files.newInputStream(Path.of(get(fileId).getStoredAs()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps an entry the reconciliation could not apply, with why (once per file and position). */
    public void recordIssue(long fileId, long position, String reference, String account, String amount,
            String currency, String reason) {
        Long known = em.createQuery("""
                        select count(i) from BankEntryIssue i where i.fileId = :file and i.position = :position""",
                        Long.class)
                .setParameter("file", fileId)
                .setParameter("position", position)
                .getSingleResult();
        if (known == 0) {
            em.persist(new BankEntryIssue(fileId, position, reference, account, amount, currency, reason));
        }
    }

    /** The files the chamber's staff uploaded, newest first, before the file {@code beforeId} (null: from the newest). */
    public List<BankFile> uploadsOf(SignedInUser staff, Long beforeId, int size) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return em.createQuery("select f from BankFile f where f.chamberId = :chamber and f.id < :before order by f.id desc",
                        BankFile.class)
                .setParameter("chamber", staff.chamberId())
                .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList();
    }

    public long countUploads(SignedInUser staff) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        return em.createQuery("select count(f) from BankFile f where f.chamberId = :chamber", Long.class)
                .setParameter("chamber", staff.chamberId())
                .getSingleResult();
    }

    /** A file the chamber's staff uploaded; any other (another chamber's, the bank's own inbox) is not found. */
    public BankFile uploadOf(SignedInUser staff, long fileId) {
        StaffOnlyException.checkReader(staff, staff.chamberId());
        BankFile file = em.find(BankFile.class, fileId);
        if (file == null || file.getChamberId() == null || file.getChamberId() != staff.chamberId()) {
            throw new BankFileNotFoundException(fileId);
        }
        return file;
    }

    /** What became of the deposits of an upload of the chamber, in the file's order, after the deposit {@code afterId}. */
    public List<AppliedDeposit> depositsOf(SignedInUser staff, long fileId, Long afterId, int size) {
        uploadOf(staff, fileId);
        return em.createNamedQuery(AppliedDeposit.OF_FILE, AppliedDeposit.class)
                .setParameter("file", fileId)
                .setParameter("after", afterId == null ? Long.MIN_VALUE : afterId)
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)))
                .getResultList();
    }

    public long countDepositsOf(SignedInUser staff, long fileId) {
        uploadOf(staff, fileId);
        return em.createQuery("select count(d) from AppliedDeposit d where d.fileId = :file", Long.class)
                .setParameter("file", fileId)
                .getSingleResult();
    }

    /** The longest page one read of files or deposits returns. */
    public static final int MAX_PAGE = 100;

    public List<BankEntryIssue> issuesOf(long fileId) {
        return em.createNamedQuery(BankEntryIssue.OF_FILE, BankEntryIssue.class)
                .setParameter("file", fileId)
                .getResultList();
    }

    private Optional<BankFile> findByContent(String hash) {
        return em.createQuery("select f from BankFile f where f.firstContent = :hash", BankFile.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }
}
