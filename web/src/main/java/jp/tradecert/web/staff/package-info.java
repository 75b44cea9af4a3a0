/**
 * The chamber's console (商工会議所 管理画面), for chamber staff under a layout of its own: so far the
 * review of submitted applications (the queue, oldest first, and each application's 承認 / 保留).
 */
package jp.tradecert.web.staff;
