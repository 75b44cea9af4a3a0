package jp.tradecert.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** How many coupons a ledger entry put into (positive) or took from (negative) one lot. Insert-only. */
@Entity
@Table(name = "lot_movement")
public class LotMovement {

    @Id
    @SequenceGenerator(name = "lot_movement_seq", sequenceName = "lot_movement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lot_movement_seq")
    @Column(updatable = false)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private LedgerEntry entry;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id", nullable = false, updatable = false)
    private Lot lot;

    @Column(nullable = false, updatable = false)
    private int quantity;

    protected LotMovement() {
    }

    LotMovement(LedgerEntry entry, Lot lot, int quantity) {
        this.entry = entry;
        this.lot = lot;
        this.quantity = quantity;
    }

    public Lot getLot() {
        return lot;
    }

    public int getQuantity() {
        return quantity;
    }
}
