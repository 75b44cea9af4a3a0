package jp.tradecert.deposit;

/** How a bank file arrived. */
public enum FileSource {
    /** Found in the inbox directory by the nightly job. */
    INBOX,
    /** Uploaded by chamber staff (or their automation) over HTTP. */
    UPLOAD
}
