package jp.tradecert.application;

import java.util.regex.Pattern;

/**
 * The checks every text of the request form goes through: stripped, within the column's length, and
 * free of control characters (only a line break is allowed, in fields that take several lines). A bad
 * value fails here, once, naming its field.
 */
final class FormText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

    private FormText() {
    }

    /** A required value of at most {@code max} characters, on one line. */
    static String required(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new InvalidFieldException(field, InvalidFieldException.Problem.REQUIRED);
        }
        if (text.indexOf('\n') >= 0) {
            throw new InvalidFieldException(field, InvalidFieldException.Problem.CONTROL_CHARACTERS);
        }
        return text;
    }

    /** A required value of at most {@code max} characters that may run over several lines (an address). */
    static String requiredLines(String value, String field, int max) {
        String text = optional(value, field, max);
        if (text == null) {
            throw new InvalidFieldException(field, InvalidFieldException.Problem.REQUIRED);
        }
        return text;
    }

    /** An optional value (null when empty) of at most {@code max} characters. */
    static String optional(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        String text = LINE_BREAK.matcher(value).replaceAll("\n").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (CONTROL.matcher(text).find()) {
            throw new InvalidFieldException(field, InvalidFieldException.Problem.CONTROL_CHARACTERS);
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidFieldException(field, InvalidFieldException.Problem.TOO_LONG, max);
        }
        return text;
    }
}
