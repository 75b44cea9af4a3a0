/**
 * The demo data the run command loads once: two chambers, their companies and users, so that a
 * newcomer can sign in at once. Enabled only where {@code coupons.demo-data=true}.
 */
package jp.tradecert.demo;
