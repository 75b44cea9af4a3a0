-- Why the system changed a balance is stored as a key (SystemNote) and put into words when shown, in
-- the reader's language; a staff member's own reason stays in note as typed. Older rows keep their
-- Japanese text in note.
alter table ledger_entry add column note_key varchar(32);
alter table ledger_entry add column note_argument varchar(64);
alter table ledger_entry add constraint ledger_entry_note_key_known check (note_key is null or note_key in
    ('MEMBERSHIP_LEFT', 'MEMBERSHIP_JOINED', 'DEPOSIT_REVERSED'));
alter table ledger_entry add constraint ledger_entry_one_note check (note is null or note_key is null);

-- A membership change needs no reason of its own: the history says why in the system's words.
alter table membership_change alter column reason drop not null;

-- Coupons leave a company's lots first in, first out by the time each lot was made (ids come from a
-- sequence that every server takes blocks of, so on a cluster a later lot may have a smaller id).
create index lot_fifo_by_time on lot (available_for, created_at, id);
drop index lot_fifo;

-- The reconciliation applies a file in shares (partitions by account), each in transactions of its
-- own: a row per share that has applied all of its entries of the file. The file is applied once every
-- share of the run has; a share that ended the file is not made to read it again after a restart.
create table bank_file_share (
    file_id     bigint                   not null references bank_file (id),
    share_count integer                  not null,
    share_index integer                  not null,
    applied_at  timestamp with time zone not null,
    constraint bank_file_share_pk primary key (file_id, share_count, share_index),
    constraint bank_file_share_in_range check (share_count > 0 and share_index >= 0 and share_index < share_count)
);
