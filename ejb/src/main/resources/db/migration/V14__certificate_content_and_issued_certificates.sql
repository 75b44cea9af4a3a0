-- What an issued certificate states, as the applicant fills it in: the consignee, the transport and
-- route, the invoice, the country of origin (stored on the application), and one or more goods lines.
-- Applications made before this migration have none; the form accepts none without it, and the
-- database holds every submitted application to it (checked below).
alter table certificate_application add column consignee_name varchar(200);
alter table certificate_application add column consignee_address varchar(400);
alter table certificate_application add column port_of_loading varchar(100);
alter table certificate_application add column port_of_discharge varchar(100);
alter table certificate_application add column vessel varchar(100);
alter table certificate_application add column sailing_date date;
alter table certificate_application add column invoice_number varchar(60);
alter table certificate_application add column invoice_date date;
alter table certificate_application add column origin_country varchar(2);
alter table certificate_application add constraint application_origin_code check (
    origin_country is null or origin_country ~ '^[A-Z]{2}$');
alter table certificate_application add constraint application_submitted_has_content check (
    submissions = 0 or (consignee_name is not null and consignee_address is not null
        and port_of_loading is not null and port_of_discharge is not null and vessel is not null
        and sailing_date is not null and invoice_number is not null and invoice_date is not null
        and origin_country is not null));

create table application_goods_line (
    application_id bigint       not null references certificate_application (id),
    line_number    integer      not null,
    marks          varchar(200) not null,
    description    varchar(400) not null,
    quantity       varchar(60)  not null,
    hs_code        varchar(13),
    constraint application_goods_line_pk primary key (application_id, line_number),
    constraint application_goods_line_number check (line_number >= 0 and line_number < 30),
    constraint application_goods_line_hs_code check (hs_code is null or hs_code ~ '^[0-9]+(\.[0-9]+)*$')
);

-- Certificate numbers run per chamber, drawn under the chamber row's lock like receipt numbers.
alter table chamber add column last_certificate_number bigint default 0 not null;
alter table chamber add constraint chamber_certificate_not_negative check (last_certificate_number >= 0);

-- An issued certificate: its number (chamber code and the chamber's sequence), the access code anyone
-- holding it can check it with, and the last day the applicant may print it (14 days counted from the
-- day after issuance).
create sequence issued_certificate_seq start with 50 increment by 50;
create table issued_certificate (
    id                 bigint                   not null primary key,
    application_id     bigint                   not null references certificate_application (id),
    chamber_id         bigint                   not null references chamber (id),
    certificate_number varchar(20)              not null,
    access_code        varchar(14)              not null,
    issued_on          date                     not null,
    issued_at          timestamp with time zone not null,
    printable_until    date                     not null,
    issued_by          bigint references user_account (id),
    constraint issued_certificate_once unique (application_id),
    constraint issued_certificate_number_unique unique (certificate_number),
    constraint issued_certificate_print_window check (printable_until > issued_on)
);
