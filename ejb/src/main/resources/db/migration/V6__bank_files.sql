-- Bank files as received (from the inbox directory or uploaded by a chamber's staff): the content's
-- SHA-256 recognises a file received again, which is recorded as a duplicate and never applied. A
-- file is checked whole before anything of it is applied; entries that cannot be applied (credits in
-- another currency, cancellations for a clerk) are kept, never dropped.

create sequence bank_file_seq start with 50 increment by 50;
create table bank_file (
    id              bigint                   not null primary key,
    name            varchar(255)             not null,
    content_sha256  varchar(64)              not null,
    -- the hash again, except on duplicates: one accepted or rejected file per content
    first_content   varchar(64),
    size_bytes      bigint                   not null,
    source          varchar(16)              not null,
    status          varchar(16)              not null,
    format          varchar(32),
    errors          varchar(2000),
    deposits        integer,
    cancellations   integer,
    not_applicable  integer,
    deposited_yen   bigint,
    received_at     timestamp with time zone not null,
    applied_at      timestamp with time zone,
    received_by     bigint references user_account (id),
    chamber_id      bigint references chamber (id),
    stored_as       varchar(1000)            not null,
    version         bigint                   not null,
    constraint bank_file_content_once unique (first_content),
    constraint bank_file_source_known check (source in ('INBOX', 'UPLOAD')),
    constraint bank_file_status_known check (status in ('ACCEPTED', 'DUPLICATE', 'REJECTED', 'APPLIED')),
    constraint bank_file_duplicate_has_no_first check ((status = 'DUPLICATE') = (first_content is null))
);
create index bank_file_status on bank_file (status, id);

create sequence bank_entry_issue_seq start with 50 increment by 50;
-- Entries of applied files that the reconciliation could not apply itself, with why.
create table bank_entry_issue (
    id             bigint       not null primary key,
    file_id        bigint       not null references bank_file (id),
    position       bigint       not null,
    bank_reference varchar(200),
    account        varchar(34),
    amount         varchar(40),
    currency       varchar(3),
    reason         varchar(400) not null,
    constraint bank_entry_issue_once unique (file_id, position)
);

alter table deposit add column file_id bigint references bank_file (id);

-- A cancellation record (取消区分 1, or a camt reversal) takes back a deposit the bank returned: one
-- that only waited in the unmatched queue or was owed back is reversed, and so is what it owed.
alter table deposit drop constraint deposit_outcome_known;
alter table deposit add constraint deposit_outcome_known check (outcome in
    ('SETTLED', 'OVERPAID', 'UNDERPAID', 'LATE', 'UNMATCHED', 'REVERSED'));
alter table deposit drop constraint deposit_matched_has_order;
alter table deposit add constraint deposit_matched_has_order check (outcome in ('UNMATCHED', 'REVERSED')
    or order_id is not null);
alter table deposit drop constraint deposit_owed_back_has_refund;
alter table deposit add constraint deposit_owed_back_has_refund check (
    outcome not in ('OVERPAID', 'UNDERPAID', 'LATE') or refund_id is not null);
alter table refund_due drop constraint refund_due_status_known;
alter table refund_due add constraint refund_due_status_known check (status in ('DUE', 'PAID', 'CANCELLED'));
