-- The nightly jobs run once a night whatever the number of servers: the first server to write the
-- (job, night) row runs the job, every other one finds the row taken and stands aside.
create table scheduled_run (
    job_name      varchar(64)              not null,
    run_date      date                     not null,
    claimed_at    timestamp with time zone not null,
    server        varchar(200)             not null,
    execution_id  bigint,
    constraint scheduled_run_once primary key (job_name, run_date)
);

-- mails for refunds owed to a buyer, and the nightly audit's report of differences
alter table outbox_mail drop constraint outbox_mail_kind_known;
alter table outbox_mail add constraint outbox_mail_kind_known check (kind in
    ('ORDER_ACCEPTED', 'COUPONS_ISSUED', 'ORDER_CANCELLED', 'CARD_PAYMENT_FAILED', 'REFUND_DUE', 'AUDIT_DIFFERENCES'));
