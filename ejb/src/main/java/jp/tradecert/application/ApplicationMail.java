package jp.tradecert.application;

import jp.tradecert.notification.MailKind;

/** The mails about a certificate application, each with its text beside this class ({@code application-submitted.txt}...). */
public enum ApplicationMail implements MailKind {
    /** Submitted (発給申請): the receipt number and how the fee is paid. */
    APPLICATION_SUBMITTED,
    /** Put on hold (保留) by the chamber: the reason, and that the coupon came back. */
    APPLICATION_ON_HOLD,
    /** Approved (承認), paid by card: the fee is now to be paid. */
    APPLICATION_AWAITING_CARD,
    /** Issued (交付済): the certificate number and the last day it can be printed. */
    CERTIFICATE_ISSUED
}
