-- Accounts: chambers, applicant companies, their users, and one coupon wallet per company.
-- Written for PostgreSQL; runs unchanged on H2 in PostgreSQL mode (the embedded profile).
-- Identifiers come from sequences with increment 50, matching @SequenceGenerator(allocationSize = 50);
-- EclipseLink requires a sequence to start at its increment.

create sequence chamber_seq start with 50 increment by 50;
create sequence company_seq start with 50 increment by 50;
create sequence user_account_seq start with 50 increment by 50;

create table chamber (
    id          bigint       not null primary key,
    code        varchar(4)   not null,
    name_ja     varchar(100) not null,
    name_en     varchar(100) not null,
    version     bigint       not null,
    constraint chamber_code_unique unique (code),
    constraint chamber_code_digits check (code ~ '^[0-9]{4}$')
);

create table company (
    id                        bigint       not null primary key,
    chamber_id                bigint       not null references chamber (id),
    trade_registration_number varchar(10)  not null,
    name_ja                   varchar(200) not null,
    name_en                   varchar(200) not null,
    membership                varchar(16)  not null,
    registered_on             date         not null,
    registration_expires_on   date         not null,
    version                   bigint       not null,
    constraint company_trn_unique unique (trade_registration_number),
    constraint company_trn_digits check (trade_registration_number ~ '^[0-9]{10}$'),
    constraint company_membership_known check (membership in ('MEMBER', 'NON_MEMBER')),
    constraint company_registration_period check (registration_expires_on > registered_on)
);
create index company_chamber on company (chamber_id);

create table user_account (
    id                bigint       not null primary key,
    chamber_id        bigint       not null references chamber (id),
    company_id        bigint       references company (id),
    login_id          varchar(64)  not null,
    role              varchar(16)  not null,
    display_name      varchar(100) not null,
    email             varchar(254),
    principal_user_id bigint       references user_account (id),
    password_hash     varchar(512) not null,
    enabled           boolean      not null,
    created_at        timestamp with time zone not null,
    version           bigint       not null,
    -- a user ID is unique within its chamber: the same ID may exist at another chamber
    constraint user_login_unique unique (chamber_id, login_id),
    constraint user_role_known check (role in ('USER', 'SUB', 'COMPANY_ADMIN', 'CHAMBER_STAFF', 'OPERATOR')),
    -- applicant roles belong to a company; staff and operator do not
    constraint user_company_by_role check (
        (role in ('USER', 'SUB', 'COMPANY_ADMIN') and company_id is not null)
        or (role in ('CHAMBER_STAFF', 'OPERATOR') and company_id is null)),
    -- a sub ID works for a user ID of its company; nobody else has a principal
    constraint user_sub_has_principal check ((role = 'SUB') = (principal_user_id is not null))
);
create index user_account_company on user_account (company_id);

-- One wallet per company. The balance is the sum of the company's ledger entries (the ledger issue
-- adds them); the database refuses a negative balance whatever the application does.
create table wallet (
    company_id      bigint not null primary key references company (id),
    balance         bigint not null,
    pending_coupons bigint not null,
    version         bigint not null,
    constraint wallet_balance_not_negative check (balance >= 0),
    constraint wallet_pending_not_negative check (pending_coupons >= 0)
);
