/**
 * The coupon-use benchmark, never deployed in production: it fills a fresh PostgreSQL database with
 * companies, coupons and draft applications by bulk SQL, then submits the drafts through
 * {@code ApplicationService} from many threads and counts the uses that commit.
 */
package jp.tradecert.benchmark;
