-- The mail outbox: a mail is written here in the transaction of the business change it reports (so a
-- rolled-back change sends nothing), and delivered afterwards by a timer, retried with back-off while
-- the SMTP server is away (so nothing is lost). One mail per key: the same event never queues twice.
create sequence outbox_mail_seq start with 50 increment by 50;
create table outbox_mail (
    id               bigint                   not null primary key,
    idempotency_key  varchar(120)             not null,
    kind             varchar(32)              not null,
    order_id         bigint references purchase_order (id),
    to_address       varchar(254)             not null,
    subject          varchar(300)             not null,
    body             varchar(8000)            not null,
    created_at       timestamp with time zone not null,
    status           varchar(16)              not null,
    attempts         integer                  not null,
    next_attempt_at  timestamp with time zone,
    sent_at          timestamp with time zone,
    last_error       varchar(1000),
    version          bigint                   not null,
    constraint outbox_mail_key_unique unique (idempotency_key),
    constraint outbox_mail_status_known check (status in ('PENDING', 'SENT')),
    constraint outbox_mail_kind_known check (kind in
        ('ORDER_ACCEPTED', 'COUPONS_ISSUED', 'ORDER_CANCELLED', 'CARD_PAYMENT_FAILED')),
    constraint outbox_mail_attempts check (attempts >= 0),
    constraint outbox_mail_sent_has_time check (status <> 'SENT' or sent_at is not null)
);
create index outbox_mail_due on outbox_mail (status, next_attempt_at);
