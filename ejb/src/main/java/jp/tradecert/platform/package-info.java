/**
 * What every part of the domain stands on: the schema migrations that run at deploy, the clock,
 * the exception family that rolls a transaction back, and the readiness of the database.
 */
package jp.tradecert.platform;
