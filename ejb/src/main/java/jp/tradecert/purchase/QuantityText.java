package jp.tradecert.purchase;

import java.text.Normalizer;

/**
 * A quantity as a person types it into the purchase form: digits, half- or full-width (Japanese input
 * methods often give {@code １２}), with spaces and thousands separators around them ignored; blank
 * means zero.
 */
public final class QuantityText {

    private static final int MAX_DIGITS = 9;

    private QuantityText() {
    }

    /** The quantity, or an {@link InvalidQuantityException} saying why the text is not one. */
    public static int parse(String text) {
        if (text == null) {
            return 0;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "");
        if (plain.isEmpty()) {
            return 0;
        }
        boolean negative = plain.startsWith("-") || plain.startsWith("\u2212");
        String digits = negative ? plain.substring(1).strip() : plain;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidQuantityException(InvalidQuantityException.Problem.NOT_A_NUMBER, 0);
        }
        if (negative && digits.chars().anyMatch(c -> c != '0')) {
            throw new InvalidQuantityException(InvalidQuantityException.Problem.NEGATIVE, 0);
        }
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > MAX_DIGITS) {
            // far above any limit; the limits then name the maximum
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(significant);
    }
}
