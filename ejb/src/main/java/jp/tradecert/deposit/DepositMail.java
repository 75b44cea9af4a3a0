package jp.tradecert.deposit;

import jp.tradecert.notification.MailKind;

/** The mails about bank files, each with its text beside this class. */
public enum DepositMail implements MailKind {
    /** To the staff: no bank file came for a business day. */
    MISSING_BANK_FILE
}
