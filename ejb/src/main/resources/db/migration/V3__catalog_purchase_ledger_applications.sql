-- The coupon ledger and what moves it: prices, purchase orders, lots, ledger entries, refunds due,
-- certificate applications. The database refuses what it can by itself: negative balances and
-- lots, a second open order per company, a reused idempotency key, a reused order or receipt number,
-- an entry whose sign does not fit its type.

-- account ------------------------------------------------------------------------------------------

alter table chamber add column refund_bank_name varchar(100);
alter table chamber add column refund_branch_name varchar(100);
alter table chamber add column refund_account_type varchar(16);
alter table chamber add column refund_account_number varchar(7);
alter table chamber add column refund_account_holder varchar(100);
-- receipt numbers (受付番号) count up per chamber from here; a chamber moving from another system
-- starts where that one stopped
alter table chamber add column last_receipt_number bigint default 0 not null;
alter table chamber add constraint chamber_receipt_not_negative check (last_receipt_number >= 0);
alter table chamber add constraint chamber_refund_account_type_known
    check (refund_account_type is null or refund_account_type in ('ORDINARY', 'CURRENT'));
alter table chamber add constraint chamber_refund_account_number_digits
    check (refund_account_number is null or refund_account_number ~ '^[0-9]{7}$');

create sequence membership_change_seq start with 50 increment by 50;
create table membership_change (
    id              bigint                   not null primary key,
    company_id      bigint                   not null references company (id),
    from_membership varchar(16)              not null,
    to_membership   varchar(16)              not null,
    changed_at      timestamp with time zone not null,
    changed_by      bigint                   not null references user_account (id),
    reason          varchar(400)             not null,
    constraint membership_change_is_a_change check (from_membership <> to_membership),
    constraint membership_change_known check (from_membership in ('MEMBER', 'NON_MEMBER')
        and to_membership in ('MEMBER', 'NON_MEMBER'))
);
create index membership_change_company on membership_change (company_id, changed_at);

-- catalog ------------------------------------------------------------------------------------------

create table product (
    code          varchar(16)  not null primary key,
    name_ja       varchar(100) not null,
    name_en       varchar(100) not null,
    coupons       integer      not null,
    tax_category  varchar(16)  not null,
    display_order integer      not null,
    constraint product_coupons_positive check (coupons > 0),
    constraint product_tax_category_known check (tax_category in ('TAXABLE_10', 'REDUCED_8', 'NON_TAXABLE'))
);
insert into product (code, name_ja, name_en, coupons, tax_category, display_order)
values ('SINGLE', 'クーポン 1枚', 'Coupon (1)', 1, 'TAXABLE_10', 1),
       ('BOOKLET_30', 'クーポン 30枚綴り', '30-coupon booklet', 30, 'TAXABLE_10', 2);

create sequence price_seq start with 50 increment by 50;
-- Tax-inclusive yen. The price of a day is the row with the latest effective_from on or before it;
-- a product without a row for a tier is not sold to that tier (non-members get no booklet).
create table price (
    id             bigint      not null primary key,
    chamber_id     bigint      not null references chamber (id),
    product_code   varchar(16) not null references product (code),
    tier           varchar(16) not null,
    unit_price_yen bigint      not null,
    effective_from date        not null,
    constraint price_once_per_day unique (chamber_id, product_code, tier, effective_from),
    constraint price_tier_known check (tier in ('MEMBER', 'NON_MEMBER')),
    constraint price_positive check (unit_price_yen > 0)
);

-- purchase -----------------------------------------------------------------------------------------

create sequence purchase_order_seq start with 50 increment by 50;
create table purchase_order (
    id              bigint                   not null primary key,
    order_number    varchar(23)              not null,
    company_id      bigint                   not null references company (id),
    sequence_number integer                  not null,
    placed_by       bigint                   not null references user_account (id),
    placed_by_name  varchar(100)             not null,
    ordered_at      timestamp with time zone not null,
    order_date      date                     not null,
    tier            varchar(16)              not null,
    payment_method  varchar(16)              not null,
    status          varchar(16)              not null,
    total_coupons   integer                  not null,
    total_yen       bigint                   not null,
    mail_requested  boolean                  not null,
    mail_address    varchar(254),
    expires_on      date,
    paid_yen        bigint,
    settled_at      timestamp with time zone,
    settlement_date date,
    closed_at       timestamp with time zone,
    closed_by       bigint references user_account (id),
    -- the company's id while the order is open, else null: at most one open order per company
    open_company_id bigint references company (id),
    -- when the order shows in the coupon history: placed, then settled
    listed_at       timestamp with time zone not null,
    version         bigint                   not null,
    constraint order_number_unique unique (order_number),
    constraint order_sequence_unique unique (company_id, sequence_number),
    constraint order_one_open_per_company unique (open_company_id),
    constraint order_number_digits check (order_number ~ '^[0-9]{23}$'),
    constraint order_sequence_range check (sequence_number between 1 and 99999),
    constraint order_tier_known check (tier in ('MEMBER', 'NON_MEMBER')),
    constraint order_method_known check (payment_method in ('BANK_TRANSFER', 'CARD')),
    constraint order_status_known check (status in
        ('PENDING_PAYMENT', 'AWAITING_CARD', 'PAID', 'UNDERPAID', 'CANCELLED', 'EXPIRED', 'FAILED')),
    constraint order_status_fits_method check (
        (payment_method = 'BANK_TRANSFER' and status in ('PENDING_PAYMENT', 'PAID', 'UNDERPAID', 'CANCELLED', 'EXPIRED'))
        or (payment_method = 'CARD' and status in ('AWAITING_CARD', 'PAID', 'FAILED', 'CANCELLED'))),
    constraint order_open_iff_unsettled check (
        (status in ('PENDING_PAYMENT', 'AWAITING_CARD')) = (open_company_id is not null)),
    constraint order_open_is_own_company check (open_company_id is null or open_company_id = company_id),
    constraint order_paid_iff_settled check ((status = 'PAID') = (settled_at is not null)),
    constraint order_totals_positive check (total_coupons > 0 and total_yen > 0),
    constraint order_paid_covers_total check (status <> 'PAID' or paid_yen >= total_yen),
    constraint order_mail_address check (not mail_requested or mail_address is not null)
);
create index purchase_order_history on purchase_order (company_id, listed_at, id);
create index purchase_order_expiry on purchase_order (status, expires_on);

create sequence order_line_seq start with 50 increment by 50;
create table order_line (
    id             bigint      not null primary key,
    order_id       bigint      not null references purchase_order (id),
    line_number    integer     not null,
    product_code   varchar(16) not null references product (code),
    quantity       integer     not null,
    unit_price_yen bigint      not null,
    coupons        integer     not null,
    amount_yen     bigint      not null,
    constraint order_line_number_unique unique (order_id, line_number),
    constraint order_line_product_once unique (order_id, product_code),
    constraint order_line_positive check (quantity > 0 and unit_price_yen > 0 and coupons > 0),
    constraint order_line_amount check (amount_yen = quantity * unit_price_yen)
);

-- ledger -------------------------------------------------------------------------------------------

-- Coupons enter in lots and leave first-in first-out, so that a refund knows what each unused coupon
-- cost. A settled order makes one lot for its single coupons and one per booklet: the refund on a
-- change of membership deducts 1,100 yen per booklet that still has unused coupons.
create sequence lot_seq start with 50 increment by 50;
create table lot (
    id             bigint                   not null primary key,
    company_id     bigint                   not null references company (id),
    kind           varchar(16)              not null,
    order_line_id  bigint references order_line (id),
    coupons        integer                  not null,
    remaining      integer                  not null,
    -- what one coupon of the lot is refunded at (a booklet's is its price / 29)
    unit_price_yen bigint                   not null,
    -- what the whole lot cost
    price_yen      bigint                   not null,
    created_at     timestamp with time zone not null,
    -- the company's id while coupons remain, else null: finds the oldest lot with coupons quickly
    available_for  bigint references company (id),
    constraint lot_kind_known check (kind in ('SINGLE', 'BOOKLET', 'ADJUSTMENT')),
    constraint lot_remaining_range check (remaining >= 0 and remaining <= coupons),
    constraint lot_coupons_positive check (coupons > 0),
    constraint lot_prices check (unit_price_yen >= 0 and price_yen >= 0),
    constraint lot_available_iff_remaining check ((remaining > 0) = (available_for is not null)),
    constraint lot_available_is_own_company check (available_for is null or available_for = company_id),
    constraint lot_from_an_order check ((kind = 'ADJUSTMENT') = (order_line_id is null))
);
create index lot_fifo on lot (available_for, id);
create index lot_company on lot (company_id, id);

create sequence certificate_application_seq start with 50 increment by 50;
create table certificate_application (
    id                    bigint                   not null primary key,
    chamber_id            bigint                   not null references chamber (id),
    company_id            bigint                   not null references company (id),
    created_by            bigint                   not null references user_account (id),
    certificate_type      varchar(24)              not null,
    item_category         varchar(24)              not null,
    destination_region    varchar(24)              not null,
    destination_country   varchar(2)               not null,
    applicant_name        varchar(200)             not null,
    signer_name           varchar(100)             not null,
    exporter_name         varchar(200)             not null,
    exporter_contact_name varchar(100)             not null,
    tier                  varchar(16)              not null,
    fee_yen               bigint                   not null,
    payment_method        varchar(16)              not null,
    status                varchar(16)              not null,
    receipt_number        bigint,
    submissions           integer                  not null,
    holds                 integer                  not null,
    hold_reason           varchar(400),
    created_at            timestamp with time zone not null,
    submitted_at          timestamp with time zone,
    decided_at            timestamp with time zone,
    version               bigint                   not null,
    constraint application_receipt_unique unique (chamber_id, receipt_number),
    constraint application_type_known check (certificate_type in
        ('ORIGIN_JAPANESE', 'ORIGIN_FOREIGN', 'INVOICE', 'SIGNATURE')),
    constraint application_category_known check (item_category in
        ('GENERAL_MACHINERY', 'ELECTRICAL', 'TRANSPORT', 'PRECISION', 'METALS', 'CHEMICALS', 'TEXTILES',
         'FOOD', 'SUNDRIES', 'OTHER')),
    constraint application_country_code check (destination_country ~ '^[A-Z]{2}$'),
    constraint application_tier_known check (tier in ('MEMBER', 'NON_MEMBER')),
    constraint application_fee_positive check (fee_yen > 0),
    constraint application_method_known check (payment_method in ('COUPON', 'CARD')),
    constraint application_status_known check (status in
        ('DRAFT', 'SUBMITTED', 'ON_HOLD', 'APPROVED', 'ISSUED', 'WITHDRAWN')),
    constraint application_counts check (submissions >= 0 and holds >= 0
        and (holds = submissions or holds = submissions - 1)),
    constraint application_receipt_once_submitted check ((submissions > 0) = (receipt_number is not null))
);
create index application_company on certificate_application (company_id, created_at);

-- Insert-only: every change of a balance, with the balance after it. The idempotency key names the
-- business event (use:<application>:<submission>, settle:<order>, ...), so a retry or a double click
-- cannot apply it twice.
create sequence ledger_entry_seq start with 50 increment by 50;
create table ledger_entry (
    id              bigint                   not null primary key,
    company_id      bigint                   not null references company (id),
    type            varchar(24)              not null,
    quantity        integer                  not null,
    balance_after   bigint                   not null,
    idempotency_key varchar(120)             not null,
    occurred_at     timestamp with time zone not null,
    actor_id        bigint references user_account (id),
    actor_name      varchar(100),
    order_id        bigint references purchase_order (id),
    application_id  bigint references certificate_application (id),
    receipt_number  bigint,
    note            varchar(400),
    constraint ledger_entry_key_unique unique (idempotency_key),
    constraint ledger_entry_type_known check (type in
        ('PURCHASE', 'USE', 'RETURN', 'CHAMBER_ADJUSTMENT', 'REFUND')),
    constraint ledger_entry_sign check (
        (type = 'PURCHASE' and quantity > 0) or (type = 'USE' and quantity = -1)
        or (type = 'RETURN' and quantity = 1) or (type = 'REFUND' and quantity < 0)
        or (type = 'CHAMBER_ADJUSTMENT' and quantity <> 0)),
    constraint ledger_entry_balance_not_negative check (balance_after >= 0),
    constraint ledger_entry_purchase_has_order check ((type = 'PURCHASE') = (order_id is not null)),
    constraint ledger_entry_use_has_application check (
        type not in ('USE', 'RETURN') or application_id is not null)
);
create index ledger_entry_history on ledger_entry (company_id, occurred_at, id);
create index ledger_entry_application on ledger_entry (application_id);
create unique index ledger_entry_one_purchase_per_order on ledger_entry (order_id);

-- Which lots an entry took coupons from or gave them back to.
create sequence lot_movement_seq start with 50 increment by 50;
create table lot_movement (
    id       bigint  not null primary key,
    entry_id bigint  not null references ledger_entry (id),
    lot_id   bigint  not null references lot (id),
    quantity integer not null,
    constraint lot_movement_once unique (entry_id, lot_id),
    constraint lot_movement_not_zero check (quantity <> 0)
);
create index lot_movement_lot on lot_movement (lot_id);

-- Money the chamber owes a company back: unused coupons on a change of membership, and (from the
-- nightly reconciliation) over- and underpayments.
create sequence refund_due_seq start with 50 increment by 50;
create table refund_due (
    id              bigint                   not null primary key,
    company_id      bigint                   not null references company (id),
    reason          varchar(24)              not null,
    amount_yen      bigint                   not null,
    status          varchar(16)              not null,
    idempotency_key varchar(120)             not null,
    entry_id        bigint references ledger_entry (id),
    order_id        bigint references purchase_order (id),
    created_at      timestamp with time zone not null,
    version         bigint                   not null,
    constraint refund_due_key_unique unique (idempotency_key),
    constraint refund_due_reason_known check (reason in
        ('MEMBERSHIP_CHANGE', 'OVERPAYMENT', 'UNDERPAYMENT', 'LATE_DEPOSIT')),
    constraint refund_due_status_known check (status in ('DUE', 'PAID')),
    constraint refund_due_amount check (amount_yen >= 0)
);
create index refund_due_company on refund_due (company_id, created_at);
