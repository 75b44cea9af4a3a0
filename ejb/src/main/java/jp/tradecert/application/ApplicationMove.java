package jp.tradecert.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.tradecert.ledger.Actor;

/**
 * One move in an application's timeline (申請の経過): what happened, to which submission, who did it
 * (the name as it was then) and when; a hold keeps the reason the applicant is shown. Written in the
 * transaction of the move, never changed.
 */
@Entity
@Table(name = "application_move")
@NamedQuery(name = ApplicationMove.OF_APPLICATION, query = """
        select m from ApplicationMove m where m.applicationId = :application order by m.occurredAt, m.id""")
public class ApplicationMove {

    /** An application's moves, oldest first. */
    public static final String OF_APPLICATION = "ApplicationMove.ofApplication";

    /** What happened. */
    public enum Kind {
        CREATED, SUBMITTED, ON_HOLD, WITHDRAWN, APPROVED, ISSUED
    }

    @Id
    @SequenceGenerator(name = "application_move_seq", sequenceName = "application_move_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_move_seq")
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private int submission;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Column(updatable = false)
    private String reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ApplicationMove() {
    }

    ApplicationMove(long applicationId, Kind kind, int submission, Actor actor, String reason, Instant occurredAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.submission = submission;
        this.actorId = actor.accountId();
        this.actorName = actor.name();
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public int getSubmission() {
        return submission;
    }

    /** Null for a move of the system itself (a card payment settled by the janitor). */
    public String getActorName() {
        return actorName;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
