/**
 * What every part of the domain stands on: the schema migrations that run at deploy, the clock, the
 * exception family that rolls a transaction back, the SQL that differs between H2 and PostgreSQL,
 * once-a-night claims of scheduled runs, and the timer
 * rounds with back-off that deliver mail and chase card payments. Nothing here knows the domain.
 */
package jp.tradecert.platform;
