package jp.tradecert.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail's text, kept as a plain file beside the enum that names the mail ({@code order-accepted.txt}
 * beside {@code PurchaseMail} for {@code ORDER_ACCEPTED}): the first line is the subject, the rest after
 * a blank line the body, with {@code ${name}} for each value. Where the wording depends on the case,
 * the file ends with one block per case, each opened by a line {@code [name=VALUE]}: the value given
 * for {@code name} picks the block that fills {@code ${name}}, so every word of a mail stays in its file.
 * A value the template asks for and is not given, or a case it has no block for, is an error, never an
 * empty gap in a customer's mail.
 */
public record MailTemplate(String subject, String body, Map<String, String> cases) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");
    private static final Pattern CASE = Pattern.compile("(?m)^\\[([a-zA-Z]+)=([A-Za-z_0-9]+)]\\n");

    /** The templates read so far: they are part of the application and do not change while it runs. */
    private static final Map<MailKind, MailTemplate> READ = new ConcurrentHashMap<>();

    public MailTemplate {
        cases = Map.copyOf(cases);
    }

    public static MailTemplate of(MailKind kind) {
        return READ.computeIfAbsent(kind, MailTemplate::read);
    }

    private static MailTemplate read(MailKind kind) {
        Class<?> owner = kind instanceof Enum<?> constant ? constant.getDeclaringClass() : kind.getClass();
        String file = kind.name().toLowerCase().replace('_', '-') + ".txt";
        try (InputStream in = owner.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No mail template " + file + " beside " + owner.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Subject, blank line, body, then the case blocks if any. */
    static MailTemplate parse(String text) {
        int end = text.indexOf("\n\n");
        String subject = text.substring(0, end).strip();
        String rest = text.substring(end + 2);
        Matcher block = CASE.matcher(rest);
        if (!block.find()) {
            return new MailTemplate(subject, rest, Map.of());
        }
        String body = rest.substring(0, block.start());
        Map<String, String> cases = new HashMap<>();
        while (true) {
            String key = block.group(1) + "=" + block.group(2);
            int from = block.end();
            boolean more = block.find();
            cases.put(key, rest.substring(from, more ? block.start() : rest.length()).strip());
            if (!more) {
                return new MailTemplate(subject, body.stripTrailing() + "\n", cases);
            }
        }
    }

    /** The subject and the body with every placeholder filled in. */
    public MailTemplate fill(Map<String, String> values) {
        return new MailTemplate(fill(subject, values), fill(body, values), Map.of());
    }

    private String fill(String text, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("No value for ${" + name + "}");
            }
            if (cases.keySet().stream().anyMatch(key -> key.startsWith(name + "="))) {
                value = cases.get(name + "=" + value);
                if (value == null) {
                    throw new IllegalArgumentException("No case " + name + "=" + values.get(name) + " in the template");
                }
                // a case's own text may hold values too
                value = fill(value, values);
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }
}
