-- Card payments through the provider's hosted page (link type, in the style of Epsilon's). One row per
-- card order, written with the order: once the provider has registered it, what the provider calls it
-- and where the buyer pays; and when to ask the provider again while the outcome is unknown (the
-- janitor's schedule), so that even an order whose registration was cut short is resolved.
create table card_payment (
    order_id          bigint                   not null primary key references purchase_order (id),
    order_number      varchar(23)              not null,
    created_at        timestamp with time zone not null,
    trans_code        varchar(40),
    payment_page      varchar(2000),
    registered_at     timestamp with time zone,
    -- the outcome as last learnt from the provider: PENDING (none yet), PAID, FAILED
    outcome           varchar(16)              not null,
    inquiries         integer                  not null,
    last_inquiry_at   timestamp with time zone,
    -- null once the outcome is known; else when the janitor asks next
    next_inquiry_at   timestamp with time zone,
    version           bigint                   not null,
    constraint card_payment_outcome_known check (outcome in ('PENDING', 'PAID', 'FAILED')),
    constraint card_payment_inquiries check (inquiries >= 0),
    constraint card_payment_trans_code_unique unique (trans_code)
);
create index card_payment_due on card_payment (next_inquiry_at);

-- a card paid after its order was closed (the buyer abandoned it, then paid on a page still open)
alter table refund_due drop constraint refund_due_reason_known;
alter table refund_due add constraint refund_due_reason_known check (reason in
    ('MEMBERSHIP_CHANGE', 'OVERPAYMENT', 'UNDERPAYMENT', 'LATE_DEPOSIT', 'LATE_CARD_PAYMENT'));
