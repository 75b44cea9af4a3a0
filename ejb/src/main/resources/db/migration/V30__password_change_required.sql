-- An account whose password someone else chose (an initial password that staff handed over) must have a new one
-- chosen by its holder at the first sign-in, before anything else.
alter table user_account add column must_change_password boolean default false not null;
-- Raised whenever what a signed-in session was granted no longer holds (the password changed): a session that
-- began at an earlier value is ended at its next request.
alter table user_account add column session_epoch integer default 0 not null;
