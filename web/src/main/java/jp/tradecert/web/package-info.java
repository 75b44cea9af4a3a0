/**
 * The screens: Jakarta Faces backing beans, one per page, which call the ejb module's services and
 * never run queries themselves. The signed-in user and the chosen language are the only session state.
 */
package jp.tradecert.web;
