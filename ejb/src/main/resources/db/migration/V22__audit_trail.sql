-- The audit trail (監査ログ): every staff and money action — who, when, from which address, what, on
-- what, before and after — written in the action's own transaction. Rows are only ever added: on
-- PostgreSQL a trigger refuses any change (V23) and the application's role may not send one.
create table audit_event (
    id              bigint                   not null primary key,
    chamber_id      bigint references chamber (id),
    actor_id        bigint references user_account (id),
    actor_name      varchar(100)             not null,
    client_address  varchar(64),
    action          varchar(48)              not null,
    subject         varchar(120),
    before_state    varchar(2000),
    after_state     varchar(2000),
    occurred_at     timestamp with time zone not null
);
create sequence audit_event_seq start with 50 increment by 50;
-- the console's log: a chamber's events, newest first, a page at a time
create index audit_event_of_chamber on audit_event (chamber_id, occurred_at, id);
