/**
 * Purchase orders for coupons: lines, totals and the tier at purchase, order numbers, the payment
 * method, and the order's life (pending payment or awaiting the card, then paid, underpaid, cancelled,
 * expired or failed), with the rules of its money: which transfer still pays it, what it owes back
 * and under which key. A company has at most one open order, which the database enforces. The
 * order's mails ({@link jp.tradecert.purchase.PurchaseMail}) and documents (振込依頼書, 利用明細(控)) are
 * here too.
 */
package jp.tradecert.purchase;
