package jp.tradecert.platform;

/**
 * Text from outside (a request's parameter, a provider's answer) as it may appear in a log line: quoted,
 * cut to {@value #LIMIT} characters, with every control character (line breaks above all, which would
 * let a sender write lines of its own into the log) and every invisible format character shown as its
 * escape.
 */
public final class LogText {

    static final int LIMIT = 80;

    private LogText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().limit(LIMIT).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || c == '"' || c == '\\') {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        shown.append('"');
        int length = text.codePointCount(0, text.length());
        if (length > LIMIT) {
            shown.append(" (").append(length).append(" characters)");
        }
        return shown.toString();
    }
}
