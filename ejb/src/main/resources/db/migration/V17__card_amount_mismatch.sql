-- A provider that charged another amount than what was paid for: the payment closes as a mismatch
-- (nothing issued, never asked again) and what was charged is owed back, for a clerk to pay.
alter table card_payment drop constraint card_payment_outcome_known;
alter table card_payment add constraint card_payment_outcome_known
    check (outcome in ('PENDING', 'PAID', 'FAILED', 'MISMATCH'));
alter table fee_card_payment drop constraint fee_card_payment_outcome_known;
alter table fee_card_payment add constraint fee_card_payment_outcome_known
    check (outcome in ('PENDING', 'PAID', 'FAILED', 'MISMATCH'));
alter table refund_due drop constraint refund_due_reason_known;
alter table refund_due add constraint refund_due_reason_known check (reason in
    ('MEMBERSHIP_CHANGE', 'OVERPAYMENT', 'UNDERPAYMENT', 'LATE_DEPOSIT', 'LATE_CARD_PAYMENT',
     'CARD_AMOUNT_MISMATCH'));
