/**
 * Operations over HTTP for the chambers' automation (Jakarta REST, JSON, HTTP Basic as
 * {@code <chamber code>/<staff ID>}): upload bank files, start batch jobs, follow their executions.
 * A chamber's staff see and touch only their chamber's files and the effects of their own jobs.
 */
package jp.tradecert.web.api;
