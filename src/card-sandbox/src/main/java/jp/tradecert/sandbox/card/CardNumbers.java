package jp.tradecert.sandbox.card;

import java.util.Optional;

/** What the hosted page checks of a card number before charging it: digits, length, brand, Luhn. */
final class CardNumbers {

    enum Brand {
        VISA, MASTERCARD, JCB, AMERICAN_EXPRESS, DINERS_CLUB
    }

    private CardNumbers() {
    }

    /** The brand of a number of 14 to 16 digits that passes the Luhn check, if it is one this page takes. */
    static Optional<Brand> brandOf(String number) {
        if (number == null || !number.matches("[0-9]{14,16}") || !passesLuhn(number)) {
            return Optional.empty();
        }
        int two = Integer.parseInt(number.substring(0, 2));
        int four = Integer.parseInt(number.substring(0, 4));
        int length = number.length();
        if (number.startsWith("4") && length == 16) {
            return Optional.of(Brand.VISA);
        }
        if (length == 16 && ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))) {
            return Optional.of(Brand.MASTERCARD);
        }
        if (length == 16 && four >= 3528 && four <= 3589) {
            return Optional.of(Brand.JCB);
        }
        if (length == 15 && (two == 34 || two == 37)) {
            return Optional.of(Brand.AMERICAN_EXPRESS);
        }
        if (length == 14 && (two == 36 || two == 38 || (four >= 3000 && four <= 3059))) {
            return Optional.of(Brand.DINERS_CLUB);
        }
        return Optional.empty();
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
