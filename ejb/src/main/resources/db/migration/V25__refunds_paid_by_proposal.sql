-- Marking a refund paid (返金済) is a money action under four eyes: a staff member proposes it with the
-- transfer's date, the amount sent (the refund less the transfer fee and costs, which are the buyer's) and
-- the bank's reference; a supervisor other than the proposer approves, and only then is the refund PAID,
-- once. The refund row keeps what was paid, and the database refuses a PAID refund without it.
alter table refund_due add column paid_on date;
alter table refund_due add column paid_yen bigint;
alter table refund_due add column paid_reference varchar(40);
alter table refund_due add column paid_by_proposal bigint references proposal (id);
alter table refund_due add constraint refund_due_paid_recorded check ((status = 'PAID') =
    (paid_on is not null and paid_yen is not null and paid_reference is not null and paid_by_proposal is not null));
alter table refund_due add constraint refund_due_paid_at_most_owed check (paid_yen is null
    or (paid_yen >= 0 and paid_yen <= amount_yen));
create index refund_due_status on refund_due (status, id);

alter table proposal add column refund_id bigint references refund_due (id);
alter table proposal add column paid_on date;
alter table proposal add column amount_yen bigint;
alter table proposal add column reference varchar(40);
alter table proposal drop constraint proposal_kind_known;
alter table proposal add constraint proposal_kind_known check (kind in ('BALANCE_ADJUSTMENT', 'REFUND_PAID'));
alter table proposal add constraint proposal_refund_paid_complete check (kind <> 'REFUND_PAID'
    or (refund_id is not null and paid_on is not null and amount_yen is not null and amount_yen >= 0
        and reference is not null));
create index proposal_of_refund on proposal (refund_id);

alter table outbox_mail drop constraint outbox_mail_kind_known;
alter table outbox_mail add constraint outbox_mail_kind_known check (kind in
    ('ORDER_ACCEPTED', 'COUPONS_ISSUED', 'ORDER_CANCELLED', 'CARD_PAYMENT_FAILED', 'REFUND_DUE', 'AUDIT_DIFFERENCES',
     'MISSING_BANK_FILE', 'DEPOSIT_REVERSED', 'APPLICATION_SUBMITTED', 'APPLICATION_ON_HOLD',
     'APPLICATION_AWAITING_CARD', 'CERTIFICATE_ISSUED', 'NIGHTLY_JOB_FAILED', 'REFUND_PAID'));
