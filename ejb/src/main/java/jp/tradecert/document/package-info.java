/**
 * The PDFs applicants print instead of an invoice or a receipt: the transfer request form (振込依頼書) of
 * a bank-transfer order and the card payment statement (クレジットカード決済 利用明細(控)) of a paid card
 * order. A4, Japanese, with IPAexGothic embedded so that they read the same on any machine.
 */
package jp.tradecert.document;
