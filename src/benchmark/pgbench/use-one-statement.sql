-- A coupon use as ONE statement (data-modifying CTEs), sent by pgbench with no application server:
-- the fewest round trips and executor start-ups the same rows, constraints and indexes allow. Not how
-- the application works (that would be a second copy of the ledger's rule, in PostgreSQL's SQL only);
-- it measures the ceiling of any implementation on this schema and machine. Drafts as in
-- use-statements.sql.
\set n :client_id * :per_client + :k + 1
\set k :k + 1
WITH app AS (SELECT id, chamber_id, company_id, created_by, submissions, version FROM certificate_application WHERE id = (select app from floor_draft where n = :n) FOR UPDATE),
w AS (update wallet set balance = balance - 1, version = version + 1 where company_id = (select company_id from app) and balance >= 1 returning balance, company_id),
l AS (update lot set remaining = remaining - 1, available_for = case when remaining = 1 then null else available_for end where id = (select id from lot where available_for = (select company_id from w) order by created_at, id limit 1) returning id),
c AS (update chamber set last_receipt_number = last_receipt_number + 1 where id = (select chamber_id from app) returning last_receipt_number),
e AS (insert into ledger_entry (ID, actor_id, actor_name, application_id, balance_after, company_id, idempotency_key, NOTE, occurred_at, order_id, QUANTITY, receipt_number, TYPE) select nextval('ledger_entry_seq'), app.created_by, 'pgbench', app.id, w.balance, w.company_id, 'use:' || app.id || ':' || (app.submissions + 1), null, clock_timestamp(), null, -1, c.last_receipt_number, 'USE' from app, w, c returning id),
m AS (insert into lot_movement (id, quantity, entry_id, lot_id) select nextval('lot_movement_seq'), -1, e.id, l.id from e, l returning id)
update certificate_application a set status = 'SUBMITTED', submissions = app.submissions + 1, submitted_at = clock_timestamp(), receipt_number = c.last_receipt_number, version = app.version + 1 from app, c, m where a.id = app.id;
