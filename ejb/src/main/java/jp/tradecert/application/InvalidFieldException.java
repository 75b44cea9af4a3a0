package jp.tradecert.application;

import jp.tradecert.platform.BusinessException;

/**
 * A field of the request form does not hold what it must: the screen shows the message at the field
 * ({@code error.InvalidFieldException.<PROBLEM>}, with the field's label) and nothing is written.
 */
public class InvalidFieldException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the value. */
    public enum Problem {
        /** Empty where a value is required. */
        REQUIRED,
        /** Longer than the field holds (the argument: its limit). */
        TOO_LONG,
        /** Holds control characters (a tab, a NUL...), which a certificate cannot print. */
        CONTROL_CHARACTERS,
        /** Not a value the field offers (an unknown country, a region the country is not in). */
        UNKNOWN,
        /** A list that must have entries has none, or too many. */
        COUNT
    }

    private final String field;
    private final Problem problem;

    public InvalidFieldException(String field, Problem problem, Object... arguments) {
        super("Field " + field + ": " + problem, arguments);
        this.field = field;
        this.problem = problem;
    }

    /** The form's name for the field, e.g. {@code consigneeName}: the screen puts the message there. */
    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public String messageKey() {
        return super.messageKey() + "." + problem.name();
    }
}
