package jp.tradecert.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a company's membership, kept for good: who changed it, when and why. */
@Entity
@Table(name = "membership_change")
@NamedQueries({
        @NamedQuery(name = MembershipChange.OF_COMPANY, query = "select m from MembershipChange m where m.company.id = :company order by m.changedAt, m.id")
})
public class MembershipChange {

    /** A company's changes of membership, oldest first. */
    public static final String OF_COMPANY = "MembershipChange.ofCompany";

    @Id
    @SequenceGenerator(name = "membership_change_seq", sequenceName = "membership_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_change_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id", nullable = false, updatable = false)
    private Company company;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_membership", nullable = false, updatable = false)
    private Membership from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_membership", nullable = false, updatable = false)
    private Membership to;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by", nullable = false, updatable = false)
    private UserAccount changedBy;

    @Column(nullable = false, updatable = false)
    private String reason;

    protected MembershipChange() {
    }

    MembershipChange(Company company, Membership from, Membership to, UserAccount by, String reason, Instant now) {
        this.company = company;
        this.from = from;
        this.to = to;
        this.changedBy = by;
        // no reason given: the history says why in the system's words (SystemNote)
        this.reason = reason == null ? null : Chamber.requireText(reason, "Reason");
        this.changedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Membership getFrom() {
        return from;
    }

    public Membership getTo() {
        return to;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }
}
