package jp.tradecert.batch;

import jp.tradecert.notification.MailKind;

/** The mails about the nightly runs, each with its text beside this class. */
public enum NightlyMail implements MailKind {
    /** To the staff: a nightly run failed, or its server stopped in the middle. */
    NIGHTLY_JOB_FAILED
}
