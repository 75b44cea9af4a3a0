/** Input components' decoding, made strict: what the browser sends is taken whole or refused, never cut. */
package jp.tradecert.web.input;
