/**
 * One-time virtual accounts for bank transfers: each chamber's pool of account numbers at its bank, one
 * number per open bank-transfer order, rested for a quarantine after use. Card payments are the
 * subpackage {@code card}.
 */
package jp.tradecert.payment;
