-- A deposit no order claimed can also be given back (返金) to the company a clerk identifies as its sender,
-- under four eyes like a match: a staff member proposes the company, a supervisor other than the proposer
-- approves, and the deposit becomes REFUNDED with all of it owed back to that company, once.
alter table proposal drop constraint proposal_kind_known;
alter table proposal add constraint proposal_kind_known check (kind in
    ('BALANCE_ADJUSTMENT', 'REFUND_PAID', 'DEPOSIT_MATCH', 'MEMBERSHIP_CHANGE', 'DEPOSIT_REFUND'));
alter table proposal add constraint proposal_deposit_refund_complete check (kind <> 'DEPOSIT_REFUND'
    or (deposit_id is not null and company_id is not null));

alter table deposit drop constraint deposit_outcome_known;
alter table deposit add constraint deposit_outcome_known check (outcome in
    ('SETTLED', 'OVERPAID', 'UNDERPAID', 'LATE', 'UNMATCHED', 'REVERSED', 'REFUNDED'));
alter table deposit drop constraint deposit_matched_has_order;
alter table deposit add constraint deposit_matched_has_order check (outcome in ('UNMATCHED', 'REVERSED', 'REFUNDED')
    or order_id is not null);
alter table deposit drop constraint deposit_owed_back_has_refund;
alter table deposit add constraint deposit_owed_back_has_refund check (
    outcome not in ('OVERPAID', 'UNDERPAID', 'LATE', 'REFUNDED') or refund_id is not null);

alter table refund_due drop constraint refund_due_reason_known;
alter table refund_due add constraint refund_due_reason_known check (reason in
    ('MEMBERSHIP_CHANGE', 'OVERPAYMENT', 'UNDERPAYMENT', 'LATE_DEPOSIT', 'LATE_CARD_PAYMENT',
     'CARD_AMOUNT_MISMATCH', 'UNMATCHED_DEPOSIT'));
