-- Four eyes on uploaded files: a bank file a person uploaded (not the bank's channel) is applied only
-- after a second staff member of the same chamber approved it. Who uploaded (received_by) and who
-- approved are recorded; the database refuses an approval by the uploader, and one of an inbox file.
alter table bank_file add column approved_by bigint references user_account (id);
alter table bank_file add column approved_at timestamp with time zone;
alter table bank_file add constraint bank_file_approved_by_another check (approved_by is null
    or (source = 'UPLOAD' and approved_by <> received_by and approved_at is not null));
