-- A deposit names its account by number (a camt.054 file by number alone): found through this index,
-- not by scanning every account of every chamber (the reconciliation benchmark slowed down with the
-- number of accounts until it was added).
create index virtual_account_by_number on virtual_account (number);
