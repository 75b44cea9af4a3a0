package jp.tradecert.account;

import java.io.Serializable;

/** A chamber of commerce's 4-digit code (商工会議所コード), e.g. {@code 2701} for Osaka. */
public record ChamberCode(String value) implements Serializable {

    public ChamberCode {
        if (value == null || !value.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("A chamber code is 4 digits: " + value);
        }
    }

    /** The code typed on the login form, or empty when it cannot be one. */
    public static java.util.Optional<ChamberCode> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.matches("[0-9]{4}") ? java.util.Optional.of(new ChamberCode(trimmed))
                : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
