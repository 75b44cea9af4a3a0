-- Deposits from the bank's files and what each became: a settled order (exact, or over-paid with the
-- excess owed back), an underpaid order (all of it owed back), a late deposit to a closed order (owed
-- back), or an entry in the unmatched queue for a clerk. A bank reference is applied at most once.

create sequence deposit_seq start with 50 increment by 50;
create table deposit (
    id             bigint                   not null primary key,
    bank_reference varchar(200)             not null,
    format         varchar(32)              not null,
    bank_code      varchar(4),
    branch_code    varchar(3),
    account        varchar(34)              not null,
    amount_yen     bigint                   not null,
    deposit_date   date                     not null,
    value_date     date                     not null,
    remitter_name  varchar(200)             not null,
    outcome        varchar(16)              not null,
    order_id       bigint references purchase_order (id),
    refund_id      bigint references refund_due (id),
    applied_at     timestamp with time zone not null,
    version        bigint                   not null,
    constraint deposit_reference_unique unique (bank_reference),
    constraint deposit_amount_positive check (amount_yen > 0),
    constraint deposit_outcome_known check (outcome in
        ('SETTLED', 'OVERPAID', 'UNDERPAID', 'LATE', 'UNMATCHED')),
    constraint deposit_matched_has_order check ((outcome = 'UNMATCHED') = (order_id is null)),
    constraint deposit_owed_back_has_refund check (
        (outcome in ('OVERPAID', 'UNDERPAID', 'LATE')) = (refund_id is not null))
);
create index deposit_order on deposit (order_id);
create index deposit_unmatched on deposit (outcome, deposit_date);
