-- A deposit no order claimed whose sender is no company of the chamber (a stranger's mistyped transfer) is sent
-- back to that sender (組戻し is the sender's bank's; this is the chamber's own transfer back), under four eyes:
-- a staff member proposes the transfer made (the day, the yen sent, the bank's reference), a supervisor other
-- than the proposer approves, and the deposit becomes RETURNED, once. No company is owed anything: the proposal
-- names none, and the deposit keeps the approved proposal that says where its yen went.
alter table proposal drop constraint proposal_kind_known;
alter table proposal add constraint proposal_kind_known check (kind in
    ('BALANCE_ADJUSTMENT', 'REFUND_PAID', 'DEPOSIT_MATCH', 'MEMBERSHIP_CHANGE', 'DEPOSIT_REFUND', 'DEPOSIT_RETURN'));
alter table proposal add constraint proposal_deposit_return_complete check (kind <> 'DEPOSIT_RETURN'
    or (deposit_id is not null and company_id is null and paid_on is not null and amount_yen is not null
        and amount_yen >= 0 and reference is not null));

alter table deposit drop constraint deposit_outcome_known;
alter table deposit add constraint deposit_outcome_known check (outcome in
    ('SETTLED', 'OVERPAID', 'UNDERPAID', 'LATE', 'UNMATCHED', 'REVERSED', 'REFUNDED', 'RETURNED'));
alter table deposit drop constraint deposit_matched_has_order;
alter table deposit add constraint deposit_matched_has_order check (
    outcome in ('UNMATCHED', 'REVERSED', 'REFUNDED', 'RETURNED') or order_id is not null);
alter table deposit add constraint deposit_returned_by_proposal check (outcome <> 'RETURNED'
    or (matched_by_proposal is not null and order_id is null and refund_id is null));
