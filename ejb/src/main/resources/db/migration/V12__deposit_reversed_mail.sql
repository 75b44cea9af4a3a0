-- The buyer is told when the bank took back the deposit that paid an order and its coupons were
-- taken back.
alter table outbox_mail drop constraint outbox_mail_kind_known;
alter table outbox_mail add constraint outbox_mail_kind_known check (kind in
    ('ORDER_ACCEPTED', 'COUPONS_ISSUED', 'ORDER_CANCELLED', 'CARD_PAYMENT_FAILED', 'REFUND_DUE', 'AUDIT_DIFFERENCES',
     'MISSING_BANK_FILE', 'DEPOSIT_REVERSED'));
