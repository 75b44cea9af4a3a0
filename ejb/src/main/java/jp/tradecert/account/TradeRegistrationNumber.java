package jp.tradecert.account;

import java.io.Serializable;

/**
 * A company's 10-digit trade registration number (貿易登録番号): its chamber's code followed by six
 * digits, e.g. {@code 2701000002}.
 */
public record TradeRegistrationNumber(String value) implements Serializable {

    public TradeRegistrationNumber {
        if (value == null || !value.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("A trade registration number is 10 digits: " + value);
        }
    }

    public static TradeRegistrationNumber of(ChamberCode chamber, int serial) {
        if (serial < 0 || serial > 999_999) {
            throw new IllegalArgumentException("The company part is six digits: " + serial);
        }
        return new TradeRegistrationNumber(chamber.value() + String.format("%06d", serial));
    }

    public ChamberCode chamberCode() {
        return new ChamberCode(value.substring(0, 4));
    }

    @Override
    public String toString() {
        return value;
    }
}
