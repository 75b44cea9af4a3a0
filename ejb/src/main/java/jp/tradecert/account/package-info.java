/**
 * Chambers of commerce, the applicant companies registered at each (trade registration number,
 * membership), and the people who sign in: user IDs, sub IDs, company admins, chamber staff. Every
 * lookup is scoped by chamber, and for applicants by company.
 */
package jp.tradecert.account;
