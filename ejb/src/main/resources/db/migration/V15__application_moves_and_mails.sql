-- The timeline of an application (申請の経過): one row per move, with who made it, when, and for a hold
-- the reason the applicant is shown. A move is recorded once: (application, kind, submission) is
-- unique, so a repeated request (a double click, a second tab) that changes nothing records nothing.
create sequence application_move_seq start with 50 increment by 50;
create table application_move (
    id             bigint                   not null primary key,
    application_id bigint                   not null references certificate_application (id),
    kind           varchar(16)              not null,
    submission     integer                  not null,
    actor_id       bigint references user_account (id),
    actor_name     varchar(100),
    reason         varchar(400),
    occurred_at    timestamp with time zone not null,
    constraint application_move_once unique (application_id, kind, submission),
    constraint application_move_kind_known check (kind in
        ('CREATED', 'SUBMITTED', 'ON_HOLD', 'WITHDRAWN', 'APPROVED', 'ISSUED')),
    constraint application_move_submission check (submission >= 0),
    constraint application_move_hold_has_reason check ((kind = 'ON_HOLD') = (reason is not null))
);

-- The form a new application was made from, so that a double click or a retried request on the same
-- form makes one application, not two (the second finds the first by its key).
alter table certificate_application add column form_key varchar(36);
alter table certificate_application add constraint application_form_once unique (company_id, form_key);

-- 発給申請状況一覧 (newest first, by company) and the chamber's review queue (oldest submission first).
drop index application_company;
create index application_company_newest on certificate_application (company_id, created_at desc, id desc);
create index application_review_queue on certificate_application (chamber_id, status, submitted_at, id);

-- Mails about applications: submitted, put on hold, approved and awaiting card payment, issued.
alter table outbox_mail add column application_id bigint references certificate_application (id);
alter table outbox_mail drop constraint outbox_mail_kind_known;
alter table outbox_mail add constraint outbox_mail_kind_known check (kind in
    ('ORDER_ACCEPTED', 'COUPONS_ISSUED', 'ORDER_CANCELLED', 'CARD_PAYMENT_FAILED', 'REFUND_DUE', 'AUDIT_DIFFERENCES',
     'MISSING_BANK_FILE', 'DEPOSIT_REVERSED', 'APPLICATION_SUBMITTED', 'APPLICATION_ON_HOLD',
     'APPLICATION_AWAITING_CARD', 'CERTIFICATE_ISSUED'));
