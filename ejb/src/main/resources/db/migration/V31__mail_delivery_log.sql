-- Mail exactly once, as far as SMTP allows. Each attempt is recorded (sending_since, committed) before the
-- mail is handed to the SMTP server, and its outcome after: an attempt whose outcome was never recorded
-- (the server stopped, the last commit failed) is known as such when the mail is next tried. It is then
-- sent again with the same Message-ID, which lets the receiving side drop the repeat, and counted
-- (uncertain_attempts). A mail the SMTP server refuses for good (its address refused, or not an address),
-- or that failed coupons.mail.max-attempts times, is DEAD: never tried again, and the staff are told
-- (MAIL_UNDELIVERED).
alter table outbox_mail add column sending_since timestamp with time zone;
alter table outbox_mail add column uncertain_attempts integer default 0 not null;
alter table outbox_mail add column dead_at timestamp with time zone;
alter table outbox_mail drop constraint outbox_mail_status_known;
alter table outbox_mail add constraint outbox_mail_status_known check (status in ('PENDING', 'SENT', 'DEAD'));
alter table outbox_mail add constraint outbox_mail_dead_has_time check (status <> 'DEAD' or dead_at is not null);
alter table outbox_mail add constraint outbox_mail_uncertain check (uncertain_attempts >= 0 and uncertain_attempts <= attempts);
alter table outbox_mail drop constraint outbox_mail_kind_known;
alter table outbox_mail add constraint outbox_mail_kind_known check (kind in
    ('ORDER_ACCEPTED', 'COUPONS_ISSUED', 'ORDER_CANCELLED', 'CARD_PAYMENT_FAILED', 'REFUND_DUE', 'AUDIT_DIFFERENCES',
     'MISSING_BANK_FILE', 'DEPOSIT_REVERSED', 'APPLICATION_SUBMITTED', 'APPLICATION_ON_HOLD',
     'APPLICATION_AWAITING_CARD', 'CERTIFICATE_ISSUED', 'NIGHTLY_JOB_FAILED', 'REFUND_PAID', 'MAIL_UNDELIVERED'));
