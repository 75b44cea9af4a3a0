/** The card provider's ways back into the application: the buyer's return and the result notification. */
package jp.tradecert.web.card;
