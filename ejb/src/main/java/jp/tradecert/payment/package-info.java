/**
 * How orders are paid: one-time virtual accounts for bank transfers, given from each chamber's pool of
 * account numbers at its bank and rested for a quarantine after use (and, in later work, card
 * payments through the card provider's hosted page).
 */
package jp.tradecert.payment;
