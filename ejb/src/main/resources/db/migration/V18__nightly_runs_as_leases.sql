-- Nightly runs as leases. A run of a job for a night is claimed, started, and ends with an outcome;
-- a failed run is claimed again (attempts counts them) and retried, a night no server ran is caught
-- up. A job holds its lease while it runs (renewed as it goes): two runs of one job never overlap
-- anywhere in a cluster, and a lease whose holder died runs out.
alter table scheduled_run add column attempts integer default 1 not null;
alter table scheduled_run add column outcome varchar(16);
alter table scheduled_run add column ended_at timestamp with time zone;
-- the night's reconciliation found no bank file for the last business day and alerted the staff then
alter table scheduled_run add column bank_file_alerted_at timestamp with time zone;
alter table scheduled_run add constraint scheduled_run_outcome_known check (outcome in ('COMPLETED', 'FAILED'));
alter table scheduled_run add constraint scheduled_run_attempts_positive check (attempts > 0);

create table job_lease (
    job_name      varchar(64)              not null,
    holder        varchar(64),
    server        varchar(200),
    execution_id  bigint,
    taken_at      timestamp with time zone,
    lease_until   timestamp with time zone,
    constraint job_lease_pk primary key (job_name)
);
insert into job_lease (job_name) values ('deposit-reconciliation');
insert into job_lease (job_name) values ('order-expiry');
insert into job_lease (job_name) values ('ledger-audit');

alter table outbox_mail drop constraint outbox_mail_kind_known;
alter table outbox_mail add constraint outbox_mail_kind_known check (kind in
    ('ORDER_ACCEPTED', 'COUPONS_ISSUED', 'ORDER_CANCELLED', 'CARD_PAYMENT_FAILED', 'REFUND_DUE', 'AUDIT_DIFFERENCES',
     'MISSING_BANK_FILE', 'DEPOSIT_REVERSED', 'APPLICATION_SUBMITTED', 'APPLICATION_ON_HOLD',
     'APPLICATION_AWAITING_CARD', 'CERTIFICATE_ISSUED', 'NIGHTLY_JOB_FAILED'));
