-- Four eyes on the chamber's money actions: a clerk (or any staff member) proposes, a supervisor other
-- than the proposer approves, and only then does the action take effect, once. First kind: a balance
-- adjustment (会議所操作). (V23 is PostgreSQL's own, in db/postgresql.)
create table proposal (
    id           bigint                   not null primary key,
    chamber_id   bigint                   not null references chamber (id),
    kind         varchar(32)              not null,
    company_id   bigint references company (id),
    quantity     integer,
    reason       varchar(400)             not null,
    proposed_by  bigint                   not null references user_account (id),
    proposer     varchar(100)             not null,
    proposed_at  timestamp with time zone not null,
    status       varchar(16)              not null,
    decided_by   bigint references user_account (id),
    decided_at   timestamp with time zone,
    version      bigint                   not null,
    constraint proposal_kind_known check (kind in ('BALANCE_ADJUSTMENT')),
    constraint proposal_status_known check (status in ('PROPOSED', 'APPROVED', 'REJECTED')),
    -- the proposer never decides their own proposal, and a decided one names who decided and when
    constraint proposal_decided_by_another check (decided_by is null or decided_by <> proposed_by),
    constraint proposal_decision_recorded check ((status = 'PROPOSED') = (decided_by is null and decided_at is null)),
    constraint proposal_adjustment_complete check (kind <> 'BALANCE_ADJUSTMENT'
        or (company_id is not null and quantity is not null and quantity <> 0))
);
create sequence proposal_seq start with 50 increment by 50;
create index proposal_of_chamber on proposal (chamber_id, status, proposed_at);
