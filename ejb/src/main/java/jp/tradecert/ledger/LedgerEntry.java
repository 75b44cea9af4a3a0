package jp.tradecert.ledger;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One change of a company's balance, never updated or deleted: a mistake is corrected by another
 * entry. It records the balance after it, who caused it, the business event it belongs to (its
 * idempotency key, unique, so that a retry or a double click changes nothing), and the lots it moved.
 */
@Entity
@Table(name = "ledger_entry")
@NamedQueries({
        @NamedQuery(name = LedgerEntry.BY_KEY, query = "select e from LedgerEntry e where e.idempotencyKey = :key")
})
public class LedgerEntry {

    /** The entry of one business event, by its idempotency key. */
    public static final String BY_KEY = "LedgerEntry.byKey";

    @Id
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    @Column(updatable = false)
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EntryType type;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "balance_after", nullable = false, updatable = false)
    private long balanceAfter;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "receipt_number", updatable = false)
    private Long receiptNumber;

    /** A staff member's reason, as typed; null when the system wrote the entry for a {@link SystemNote}. */
    @Column(updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "note_key", updatable = false)
    private SystemNote systemNote;

    @Column(name = "note_argument", updatable = false)
    private String noteArgument;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.PERSIST)
    private List<LotMovement> movements = new ArrayList<>();

    protected LedgerEntry() {
    }

    LedgerEntry(long companyId, EntryType type, String idempotencyKey, Actor actor, Instant occurredAt) {
        this.companyId = companyId;
        this.type = Objects.requireNonNull(type);
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
        this.actorId = actor.accountId();
        this.actorName = actor.name();
        this.occurredAt = Objects.requireNonNull(occurredAt);
    }

    /** Moves coupons of a lot (negative: taken from it) and applies them to the wallet. */
    void move(Wallet wallet, Lot lot, int count) {
        if (count < 0) {
            wallet.remove(-count);
            lot.take(-count);
        } else {
            wallet.add(count);
            lot.giveBack(count);
        }
        quantity += count;
        movements.add(new LotMovement(this, lot, count));
    }

    /** Records coupons moved by an update the ledger ran itself (the hot path of a use). */
    void moved(Lot lot, int count) {
        quantity += count;
        movements.add(new LotMovement(this, lot, count));
    }

    /** A new lot's coupons, entering the wallet with this entry. */
    void receive(Wallet wallet, Lot lot) {
        wallet.add(lot.getCoupons());
        quantity += lot.getCoupons();
        movements.add(new LotMovement(this, lot, lot.getCoupons()));
    }

    LedgerEntry closedAt(Wallet wallet) {
        return closedAt(wallet.getBalance());
    }

    LedgerEntry closedAt(long balance) {
        if (quantity == 0) {
            throw new IllegalStateException("An entry changes the balance");
        }
        this.balanceAfter = balance;
        return this;
    }

    LedgerEntry forOrder(long orderId) {
        this.orderId = orderId;
        return this;
    }

    LedgerEntry forApplication(long applicationId, Long receiptNumber) {
        this.applicationId = applicationId;
        this.receiptNumber = receiptNumber;
        return this;
    }

    LedgerEntry withNote(String note) {
        this.note = note;
        return this;
    }

    LedgerEntry withNote(SystemNote why, String argument) {
        this.systemNote = why;
        this.noteArgument = argument;
        return this;
    }

    public Long getId() {
        return id;
    }

    public long getCompanyId() {
        return companyId;
    }

    public EntryType getType() {
        return type;
    }

    public int getQuantity() {
        return quantity;
    }

    public long getBalanceAfter() {
        return balanceAfter;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getReceiptNumber() {
        return receiptNumber;
    }

    public String getNote() {
        return note;
    }

    public SystemNote getSystemNote() {
        return systemNote;
    }

    public String getNoteArgument() {
        return noteArgument;
    }

    public List<LotMovement> getMovements() {
        return Collections.unmodifiableList(movements);
    }
}
