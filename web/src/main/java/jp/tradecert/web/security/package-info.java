/**
 * Signing in with a chamber code, a user ID and a password (Jakarta Security form authentication),
 * and signing out. Passwords are checked by the account service against PBKDF2 hashes.
 */
package jp.tradecert.web.security;
