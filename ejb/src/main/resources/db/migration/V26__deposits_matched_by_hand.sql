-- A deposit no order claimed (to an unknown account, or to an account of none of the file's chamber's orders)
-- is matched to an order by hand under four eyes: a staff member proposes the order, a supervisor other than
-- the proposer approves, and the deposit is then applied to it by the nightly job's rules, once. The deposit
-- row names the proposal that matched it.
alter table deposit add column matched_by_proposal bigint references proposal (id);

alter table proposal add column deposit_id bigint references deposit (id);
alter table proposal add column order_id bigint references purchase_order (id);
alter table proposal drop constraint proposal_kind_known;
alter table proposal add constraint proposal_kind_known check (kind in
    ('BALANCE_ADJUSTMENT', 'REFUND_PAID', 'DEPOSIT_MATCH'));
alter table proposal add constraint proposal_deposit_match_complete check (kind <> 'DEPOSIT_MATCH'
    or (deposit_id is not null and order_id is not null and company_id is not null));
create index proposal_of_deposit on proposal (deposit_id);

-- the console's deposit pages: a chamber's uploads newest first, and what became of a file's deposits
create index bank_file_of_chamber on bank_file (chamber_id, id);
create index deposit_of_file on deposit (file_id, id);
