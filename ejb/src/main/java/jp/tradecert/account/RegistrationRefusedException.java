package jp.tradecert.account;

import jp.tradecert.platform.RefusedForReason;

/** A company or an account the chamber's staff cannot register so; each reason has its own message. */
public class RegistrationRefusedException extends RefusedForReason {

    private static final long serialVersionUID = 1L;

    /** Why the registration is refused. */
    public enum Why {
        /** Not 10 digits. */
        NUMBER_FORMAT,
        /** The number does not start with the staff member's chamber's code. */
        NUMBER_OF_ANOTHER_CHAMBER,
        /** A company has the number already. */
        NUMBER_TAKEN,
        /** A name (Japanese or English) missing or longer than {@link CompanyRegistration#MAX_NAME}. */
        NAME,
        /** A フリガナ that is not kana (or longer than {@link CompanyRegistration#MAX_NAME}). */
        KANA,
        /** A login ID that is not 3 to {@link CompanyRegistration#MAX_LOGIN_ID} letters, digits, '.', '-' or '_'. */
        LOGIN_ID_FORMAT,
        /** Someone at the chamber signs in with that login ID already. */
        LOGIN_ID_TAKEN,
        /** A sub ID's user ID is not a user ID of the company. */
        NO_SUCH_USER_ID
    }

    public RegistrationRefusedException(Why why) {
        super(why, "Registration refused: " + why, CompanyRegistration.MAX_NAME, CompanyRegistration.MAX_LOGIN_ID);
    }

    public Why why() {
        return (Why) reason();
    }
}
