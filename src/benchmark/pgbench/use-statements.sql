-- A coupon use in the application's own SQL, sent by pgbench with no application server: the
-- statements ApplicationService.submit makes PostgreSQL run (as pg_stat_statements shows them), one
-- round trip each, in one transaction. Each client submits its own drafts in turn (floor_draft, made
-- by run.sh: client c takes rows c * :per_client + 1, + 2, ...). Ids come from the entities' sequences
-- inside the inserts (the server preallocates 50 at a time, a statement per 50 ids); the entries are
-- the application's own (key, receipt number, balance after, the time taken under the wallet's lock:
-- clock_timestamp(), not the transaction's start), written by 'pgbench'.
\set n :client_id * :per_client + :k + 1
\set k :k + 1
BEGIN;
SELECT ID, applicant_name, certificate_type, chamber_id, company_id, created_at, created_by, decided_at, destination_country, destination_region, exporter_contact_name, exporter_name, fee_yen, hold_reason, HOLDS, item_category, payment_method, receipt_number, signer_name, STATUS, SUBMISSIONS, submitted_at, TIER, VERSION FROM certificate_application WHERE ID = (select app from floor_draft where n = :n) FOR UPDATE \gset
update wallet set balance = balance - 1, version = version + 1 where company_id = :company_id and balance >= 1 returning balance \gset
SELECT ID AS lot_id, REMAINING AS lot_remaining FROM LOT WHERE (AVAILABLE_FOR = :company_id) ORDER BY CREATED_AT, ID LIMIT 1 \gset
update chamber set last_receipt_number = last_receipt_number + 1 where id = :chamber_id returning last_receipt_number \gset
INSERT INTO ledger_entry (ID, actor_id, actor_name, application_id, balance_after, company_id, idempotency_key, NOTE, occurred_at, order_id, QUANTITY, receipt_number, TYPE) VALUES (nextval('ledger_entry_seq'), :created_by, 'pgbench', :id, :balance, :company_id, 'use:' || :id || ':' || (:submissions + 1), NULL, clock_timestamp(), NULL, -1, :last_receipt_number, 'USE');
INSERT INTO lot_movement (ID, QUANTITY, entry_id, lot_id) VALUES (nextval('lot_movement_seq'), -1, currval('ledger_entry_seq'), :lot_id);
UPDATE LOT SET AVAILABLE_FOR = (CASE WHEN :lot_remaining = 1 THEN NULL ELSE :company_id END), REMAINING = :lot_remaining - 1 WHERE (ID = :lot_id);
UPDATE certificate_application SET STATUS = 'SUBMITTED', SUBMISSIONS = :submissions + 1, submitted_at = clock_timestamp(), receipt_number = :last_receipt_number, VERSION = :version + 1 WHERE ((ID = :id) AND (VERSION = :version));
END;
