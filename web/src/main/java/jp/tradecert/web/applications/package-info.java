/**
 * The applicant's screens of certificate applications (発給申請): the request form 証明依頼書 (new, or a
 * draft or held application corrected), the list 発給申請状況一覧, and the application's own page with
 * its timeline and the moves its state allows.
 */
package jp.tradecert.web.applications;
