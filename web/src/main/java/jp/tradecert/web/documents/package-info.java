/** The PDFs of an order, served to the users of the company that placed it. */
package jp.tradecert.web.documents;
