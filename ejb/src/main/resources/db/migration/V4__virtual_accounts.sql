-- One-time virtual accounts (ワンタイム口座) for bank-transfer orders: each chamber has a pool of
-- account numbers at its bank; an open order holds one number, which no other open order holds (the
-- database refuses it), and a number that served an order rests for a quarantine before it is given
-- again, so that a late transfer still finds the order it was meant for.

create table virtual_account_pool (
    chamber_id      bigint       not null primary key references chamber (id),
    bank_code       varchar(4)   not null,
    bank_name       varchar(100) not null,
    branch_code     varchar(3)   not null,
    branch_name     varchar(100) not null,
    holder_name     varchar(100) not null,
    first_number    integer      not null,
    last_number     integer      not null,
    quarantine_days integer      not null,
    version         bigint       not null,
    constraint pool_bank_code_digits check (bank_code ~ '^[0-9]{4}$'),
    constraint pool_branch_code_digits check (branch_code ~ '^[0-9]{3}$'),
    constraint pool_range check (first_number >= 0 and first_number <= last_number and last_number <= 9999999),
    constraint pool_quarantine check (quarantine_days >= 0)
);

create sequence virtual_account_seq start with 50 increment by 50;
create table virtual_account (
    id            bigint      not null primary key,
    chamber_id    bigint      not null references chamber (id),
    bank_code     varchar(4)  not null,
    branch_code   varchar(3)  not null,
    number        varchar(7)  not null,
    -- the order it serves, or served last
    order_id      bigint references purchase_order (id),
    assigned_at   timestamp with time zone,
    released_at   timestamp with time zone,
    -- not given again before this day
    reusable_on   date,
    -- the order's id while that order is open, else null: one open order per number
    open_order_id bigint references purchase_order (id),
    version       bigint      not null,
    constraint virtual_account_number_unique unique (bank_code, branch_code, number),
    constraint virtual_account_one_open_order unique (open_order_id),
    constraint virtual_account_number_digits check (number ~ '^[0-9]{7}$'),
    constraint virtual_account_open_is_its_order check (open_order_id is null or open_order_id = order_id)
);
create index virtual_account_free on virtual_account (chamber_id, open_order_id, reusable_on, number);
create index virtual_account_order on virtual_account (order_id);
