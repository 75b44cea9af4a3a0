/** The signed-in home page: who the user is, for which company, and its coupon balance. */
package jp.tradecert.web.home;
