-- PostgreSQL only (H2, for development, has no triggers short of Java classes): the ledger's history is
-- insert-only. An entry or a lot movement, once written, is never changed or removed, whoever asks:
-- a correction is a new entry. The application never updates or deletes them; this makes a mistake or
-- an attack that tries fail loudly instead of rewriting a company's history. Only a superuser can get
-- around it (session_replication_role = replica), and the application does not connect as one in
-- production (ProductionMode refuses it).
create function refuse_change_of_history() returns trigger language plpgsql as $$
begin
    raise exception 'Table % is insert-only: % refused', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end
$$;

create trigger ledger_entry_insert_only before update or delete on ledger_entry
    for each row execute function refuse_change_of_history();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function refuse_change_of_history();
create trigger lot_movement_insert_only before update or delete on lot_movement
    for each row execute function refuse_change_of_history();
create trigger lot_movement_no_truncate before truncate on lot_movement
    for each statement execute function refuse_change_of_history();
