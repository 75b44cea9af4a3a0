/**
 * How documents are printed, not what they say: A4 PDFs with IPAexGothic embedded (so that they read
 * the same on any machine and their text stays extractable), headings, label-and-value tables, and
 * the dates and amounts as the manual writes them. Each domain package lays out its own documents
 * with {@link jp.tradecert.document.PdfLayout}.
 */
package jp.tradecert.document;
