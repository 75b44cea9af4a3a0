package jp.tradecert.account;

import jp.tradecert.platform.RefusedForReason;

/** A new password that is not accepted, or a change of password that is not; each reason has its own message. */
public class PasswordRefusedException extends RefusedForReason {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Why {
        /** Shorter than {@link PasswordPolicy#SHORTEST} characters. */
        TOO_SHORT,
        /** Longer than {@link PasswordPolicy#LONGEST} characters. */
        TOO_LONG,
        /** One of the most common passwords, or one character repeated. */
        COMMON,
        /** Contains the account's own ID. */
        CONTAINS_ID,
        /** The new password is the current one. */
        SAME_AS_CURRENT,
        /** The current password given is not the account's (or its sign-in is locked for a while). */
        CURRENT_WRONG
    }

    public PasswordRefusedException(Why why) {
        super(why, "Password refused: " + why, PasswordPolicy.SHORTEST, PasswordPolicy.LONGEST);
    }

    public Why why() {
        return (Why) reason();
    }
}
