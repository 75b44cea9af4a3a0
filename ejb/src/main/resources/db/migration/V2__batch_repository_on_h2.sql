-- Payara's Jakarta Batch job repository lives in this database and creates its own tables on first
-- use. On H2 it declares their binary columns as BLOB, a type H2 does not know in PostgreSQL mode;
-- this domain gives BLOB a meaning (bytea) there. On PostgreSQL Payara writes bytea itself and the
-- domain stays unused.
create domain blob as bytea;
