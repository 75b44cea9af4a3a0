-- A chamber's staff are clerks (職員) or supervisors (承認者): the money actions a clerk proposes take
-- effect only once a supervisor other than the proposer approves them. Staff there before are clerks.
alter table user_account add column staff_rank varchar(16);
update user_account set staff_rank = 'CLERK' where role = 'CHAMBER_STAFF';
alter table user_account add constraint user_account_staff_rank check (
    (role = 'CHAMBER_STAFF' and staff_rank in ('CLERK', 'SUPERVISOR'))
    or (role <> 'CHAMBER_STAFF' and staff_rank is null));
