-- PostgreSQL only, as V19 for the ledger: the audit trail is insert-only, whoever asks.
create trigger audit_event_insert_only before update or delete on audit_event
    for each row execute function refuse_change_of_history();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function refuse_change_of_history();
