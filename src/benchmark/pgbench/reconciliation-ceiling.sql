-- The ceiling of the reconciliation on this schema and machine: the rows the job writes for an exact
-- payment (the deposit; the order paid and closed; its account released to quarantine; the wallet;
-- the lot; the PURCHASE ledger entry and its lot movement; the buyer's mail where asked), written by
-- PostgreSQL alone with no application server, set-wise: one statement (data-modifying CTEs) per chunk
-- of 1,000 deposits, one transaction per chunk, every constraint, index and foreign key of the schema
-- in place. It is a measurement, not a second implementation: it checks nothing the job checks (a
-- bank reference seen before, a late deposit or a wrong amount), takes no lock before it writes, and
-- knows the benchmark's orders have one line each.
--
-- Run by src/benchmark/run.sh after each reconciliation job: this script takes back everything the
-- job did for the deposits of the last bank file taken in (the orders await their transfers again,
-- their accounts open, the wallets as before, nothing the job wrote left), compacts and analyzes the
-- tables, and defines ceiling_settle; then two sessions (as the job's two threads) apply the same
-- deposits again:
--   psql -d <database> -c 'call ceiling_settle(0, 2, 1000)' & psql -d <database> -c 'call ceiling_settle(1, 2, 1000)'
-- The invariant checker that runs afterwards checks the rows it wrote like any others.
\set ON_ERROR_STOP on
drop table if exists ceiling_deposit;
create table ceiling_deposit as
    select row_number() over (order by d.branch_code, d.account) as n, d.bank_code, d.branch_code, d.account, d.amount_yen,
           d.deposit_date, d.value_date, d.bank_reference, d.remitter_name, d.order_id, d.file_id
    from deposit d where d.file_id = (select max(id) from bank_file) and d.outcome = 'SETTLED';
create index on ceiling_deposit (n);
create index on ceiling_deposit (order_id);

begin;
-- the ledger is insert-only (V19's triggers): this reset of the benchmark's own rows runs as a superuser
set local session_replication_role = replica;
delete from outbox_mail where kind = 'COUPONS_ISSUED' and order_id in (select order_id from ceiling_deposit);
delete from lot_movement where entry_id in (select e.id from ledger_entry e join ceiling_deposit c on c.order_id = e.order_id);
delete from ledger_entry where order_id in (select order_id from ceiling_deposit);
delete from lot where order_line_id in (select l.id from order_line l join ceiling_deposit c on c.order_id = l.order_id);
delete from deposit where order_id in (select order_id from ceiling_deposit);
update wallet w set balance = w.balance - o.total_coupons, pending_coupons = w.pending_coupons + o.total_coupons,
       version = w.version + 1
    from purchase_order o join ceiling_deposit c on c.order_id = o.id where w.company_id = o.company_id;
update purchase_order o set status = 'PENDING_PAYMENT', paid_yen = null, settled_at = null, settlement_date = null,
       closed_at = null, open_company_id = o.company_id, listed_at = o.ordered_at, version = o.version + 1
    from ceiling_deposit c where c.order_id = o.id;
update virtual_account v set released_at = null, reusable_on = null, open_order_id = v.order_id, version = v.version + 1
    from ceiling_deposit c where c.order_id = v.order_id;
commit;
vacuum full analyze outbox_mail, lot_movement, ledger_entry, lot, deposit, purchase_order, virtual_account, wallet;
analyze ceiling_deposit;
drop sequence if exists ceiling_id_seq;
create sequence ceiling_id_seq start 1000000000000;

create or replace procedure ceiling_settle(part int, parts int, chunk int)
language plpgsql as $$
declare
    first bigint := 1;
    last bigint;
begin
    select max(n) into last from ceiling_deposit;
    while first <= last loop
        with d as (
            select c.bank_code, c.account, c.amount_yen, c.deposit_date, c.value_date, c.bank_reference, c.remitter_name, c.file_id,
                   v.id as account_id, v.branch_code,
                   o.id as order_id, o.company_id, o.placed_by, o.placed_by_name, o.total_coupons, o.order_number,
                   o.mail_requested, o.mail_address, l.id as line_id, l.product_code, l.unit_price_yen, l.coupons,
                   l.amount_yen as line_yen, w.balance, m.name_ja as company_name, h.name_ja as chamber_name,
                   nextval('ceiling_id_seq') as deposit_id, nextval('ceiling_id_seq') as lot_id,
                   nextval('ceiling_id_seq') as entry_id, nextval('ceiling_id_seq') as movement_id,
                   nextval('ceiling_id_seq') as mail_id, clock_timestamp() as now
            from ceiling_deposit c
            join virtual_account v on v.number = c.account and v.branch_code = c.branch_code and v.bank_code = c.bank_code
                 and v.open_order_id is not null
            join purchase_order o on o.id = v.open_order_id
            join order_line l on l.order_id = o.id
            join wallet w on w.company_id = o.company_id
            join company m on m.id = o.company_id
            join chamber h on h.id = m.chamber_id
            where c.n between first and first + chunk * parts - 1 and c.n % parts = part
              and o.status = 'PENDING_PAYMENT' and c.amount_yen = o.total_yen
        ), deposits as (
            insert into deposit (id, bank_reference, format, bank_code, branch_code, account, amount_yen, deposit_date,
                                 value_date, remitter_name, outcome, order_id, applied_at, version, file_id)
            select deposit_id, bank_reference, 'ZENGIN_TRANSFER_NOTICE', bank_code, branch_code, account, amount_yen,
                   deposit_date, value_date, remitter_name, 'SETTLED', order_id, now, 1, file_id
            from d
        ), orders as (
            update purchase_order o set status = 'PAID', paid_yen = d.amount_yen, settled_at = d.now,
                   settlement_date = d.deposit_date, closed_at = d.now, open_company_id = null, listed_at = d.now,
                   version = o.version + 1
            from d where o.id = d.order_id
        ), accounts as (
            update virtual_account v set released_at = d.now, reusable_on = d.deposit_date + 2, open_order_id = null,
                   version = v.version + 1
            from d where v.id = d.account_id
        ), wallets as (
            update wallet w set balance = w.balance + d.total_coupons, pending_coupons = w.pending_coupons - d.total_coupons,
                   version = w.version + 1
            from d where w.company_id = d.company_id
        ), lots as (
            insert into lot (id, company_id, kind, order_line_id, coupons, remaining, unit_price_yen, price_yen,
                             created_at, available_for)
            select lot_id, company_id, product_code, line_id, coupons, coupons, unit_price_yen, line_yen, now, company_id
            from d
        ), entries as (
            insert into ledger_entry (id, company_id, type, quantity, balance_after, idempotency_key, occurred_at,
                                      actor_id, actor_name, order_id)
            select entry_id, company_id, 'PURCHASE', total_coupons, balance + total_coupons, 'settle:' || order_id,
                   now, placed_by, placed_by_name, order_id
            from d
        ), movements as (
            insert into lot_movement (id, entry_id, lot_id, quantity)
            select movement_id, entry_id, lot_id, coupons from d
        )
        insert into outbox_mail (id, idempotency_key, kind, order_id, to_address, subject, body, created_at, status,
                                 attempts, next_attempt_at, version)
        select mail_id, 'coupons_issued:' || order_id, 'COUPONS_ISSUED', order_id, mail_address,
               '【貿易関係証明】クーポンを発行しました（注文番号 ' || order_number || '）',
               placed_by_name || E' 様\n\n' || company_name || ' のご注文の決済を確認し、クーポン ' || total_coupons
               || E' 枚を発行しました。\n\n注文番号　: ' || order_number || E'\n決済日　　: '
               || to_char(deposit_date, 'YYYY"年"FMMM"月"FMDD"日"') || E'\n決済種別　: 銀行振込\n購入内容　:\n'
               || E'　1枚クーポン ' || to_char(unit_price_yen, 'FM999,999') || '円 × ' || coupons
               || E'\n決済金額　: ' || to_char(amount_yen, 'FM999,999,999') || E' 円\n\n'
               || E'クーポンは、オンラインの発給申請で手数料のお支払いにご利用いただけます。\n'
               || E'残数と履歴は「クーポン管理」→「クーポン履歴」でご確認ください。\n\n' || chamber_name || E'\n',
               now, 'PENDING', 0, now, 1
        from d where mail_requested;
        commit;
        first := first + chunk * parts;
    end loop;
end $$;
