package jp.tradecert.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail's text, kept as a plain file beside this class ({@code order-accepted.txt}): the first line is
 * the subject, the rest after a blank line the body, with {@code ${name}} for each value. A value the
 * template asks for and is not given is an error, never an empty gap in a customer's mail.
 */
record MailTemplate(String subject, String body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");

    /** The templates read so far: they are part of the application and do not change while it runs. */
    private static final Map<MailKind, MailTemplate> READ = new ConcurrentHashMap<>();

    static MailTemplate of(MailKind kind) {
        return READ.computeIfAbsent(kind, MailTemplate::read);
    }

    private static MailTemplate read(MailKind kind) {
        String file = kind.name().toLowerCase().replace('_', '-') + ".txt";
        try (InputStream in = MailTemplate.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No mail template " + file);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf("\n\n");
            return new MailTemplate(text.substring(0, end).strip(), text.substring(end + 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The subject and the body with every placeholder filled in. */
    MailTemplate fill(Map<String, String> values) {
        return new MailTemplate(fill(subject, values), fill(body, values));
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for ${" + placeholder.group(1) + "}");
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }
}
