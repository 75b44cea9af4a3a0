-- A change of membership erases the company's unused coupons and owes their price back: a money action,
-- so a staff member proposes it (with the refund previewed, in amount_yen) and a supervisor other than the
-- proposer approves it; only then does it take effect, once.
alter table proposal add column membership varchar(16);
alter table proposal drop constraint proposal_kind_known;
alter table proposal add constraint proposal_kind_known check (kind in
    ('BALANCE_ADJUSTMENT', 'REFUND_PAID', 'DEPOSIT_MATCH', 'MEMBERSHIP_CHANGE'));
alter table proposal add constraint proposal_membership_change_complete check (kind <> 'MEMBERSHIP_CHANGE'
    or (company_id is not null and membership in ('MEMBER', 'NON_MEMBER') and amount_yen is not null));
create index proposal_of_company on proposal (company_id, kind, status);
