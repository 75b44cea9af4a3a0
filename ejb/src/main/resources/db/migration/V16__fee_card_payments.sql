-- Fees of approved card-paid applications, paid by card through the provider's hosted page (the
-- same provider and page as coupon orders). One payment may pay several approved applications of a
-- company (one 利用明細(控) lists them). The card side (registration, last outcome, next inquiry) has
-- card_payment's columns. payment_number is the provider's key for it: 'F', the date and the id, so it
-- never meets a 23-digit order number.
create sequence fee_card_payment_seq start with 50 increment by 50;
create table fee_card_payment (
    id                bigint                   not null primary key,
    payment_number    varchar(24)              not null,
    company_id        bigint                   not null references company (id),
    payer_id          bigint                   not null references user_account (id),
    amount_yen        bigint                   not null,
    -- AWAITING_CARD, then PAID (fees paid, certificates issued), FAILED (refused, stopped, expired) or
    -- MISMATCH (the provider charged another amount: a clerk decides)
    status            varchar(16)              not null,
    paid_yen          bigint,
    paid_on           date,
    created_at        timestamp with time zone not null,
    trans_code        varchar(40),
    payment_page      varchar(2000),
    registered_at     timestamp with time zone,
    outcome           varchar(16)              not null,
    inquiries         integer                  not null,
    last_inquiry_at   timestamp with time zone,
    next_inquiry_at   timestamp with time zone,
    version           bigint                   not null,
    constraint fee_card_payment_number_unique unique (payment_number),
    constraint fee_card_payment_trans_code_unique unique (trans_code),
    constraint fee_card_payment_amount check (amount_yen > 0),
    constraint fee_card_payment_status_known check (status in ('AWAITING_CARD', 'PAID', 'FAILED', 'MISMATCH')),
    constraint fee_card_payment_paid check ((status in ('PAID', 'MISMATCH')) = (paid_yen is not null)),
    constraint fee_card_payment_outcome_known check (outcome in ('PENDING', 'PAID', 'FAILED')),
    constraint fee_card_payment_inquiries check (inquiries >= 0)
);
create index fee_card_payment_due on fee_card_payment (next_inquiry_at);
create index fee_card_payment_company on fee_card_payment (company_id, created_at);

-- what a payment pays: each application's fee as it was when the payment started
create table fee_card_payment_line (
    payment_id        bigint                   not null references fee_card_payment (id),
    line_number       integer                  not null,
    application_id    bigint                   not null references certificate_application (id),
    fee_yen           bigint                   not null,
    primary key (payment_id, line_number),
    constraint fee_line_once unique (payment_id, application_id),
    constraint fee_line_positive check (fee_yen > 0)
);

-- the payment paying (or that paid) an application's fee: one at a time, and only a card-paid one
alter table certificate_application add column fee_payment_id bigint references fee_card_payment (id);
alter table certificate_application add constraint application_fee_payment_by_card
    check (fee_payment_id is null or payment_method = 'CARD');
