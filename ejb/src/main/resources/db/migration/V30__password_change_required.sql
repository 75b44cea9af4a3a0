-- An account whose password someone else chose (an initial password that staff handed over) must have a new one
-- chosen by its holder at the first sign-in, before anything else.
alter table user_account add column must_change_password boolean default false not null;
