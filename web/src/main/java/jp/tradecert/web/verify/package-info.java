/**
 * The public verification page ({@code /verify.xhtml}, no sign-in): whoever holds a certificate checks it
 * by its number and access code, typed in or through its QR code, with a limit on attempts per address so
 * that access codes cannot be guessed by trying.
 */
package jp.tradecert.web.verify;
