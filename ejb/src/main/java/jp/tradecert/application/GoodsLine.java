package jp.tradecert.application;

import java.util.regex.Pattern;

/**
 * One line of the goods a certificate covers: marks and numbers, description (number and kind of packages and
 * the goods), quantity with its unit, and an optional HS code. Goods shipped without marks show "N/M" (no
 * marks), as on any certificate of origin.
 */
public record GoodsLine(String marksAndNumbers, String description, String quantity, String hsCode)
        implements java.io.Serializable {

    private static final Pattern HS_CODE = Pattern.compile("\\d+(\\.\\d+)*");

    public GoodsLine {
        marksAndNumbers = marksAndNumbers == null || marksAndNumbers.isBlank() ? "N/M" : marksAndNumbers.strip();
        description = required(description, "description");
        quantity = required(quantity, "quantity");
        hsCode = hsCode == null || hsCode.isBlank() ? null : hsCode.strip();
        if (hsCode != null && !isHsCode(hsCode)) {
            throw new IllegalArgumentException("An HS code has 4 to 10 digits, possibly with dots: " + hsCode);
        }
    }

    private static boolean isHsCode(String code) {
        long digits = code.chars().filter(Character::isDigit).count();
        return HS_CODE.matcher(code).matches() && digits >= 4 && digits <= 10;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A goods line needs its " + name);
        }
        return value.strip();
    }
}
