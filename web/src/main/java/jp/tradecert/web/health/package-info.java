/**
 * MicroProfile Health checks. They live in the web module because Payara registers health checks
 * only from web modules, and its health servlet runs in the application at the root context.
 */
package jp.tradecert.web.health;
