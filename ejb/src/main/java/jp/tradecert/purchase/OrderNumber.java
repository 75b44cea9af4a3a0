package jp.tradecert.purchase;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.tradecert.account.TradeRegistrationNumber;

/**
 * An order number (注文番号), 23 digits: the order date ({@code yyyyMMdd}), the company's trade
 * registration number, and the company's 5-digit order sequence, e.g. {@code 20220927270100000200001}.
 */
public record OrderNumber(String value) implements Serializable {

    public static final int MAX_SEQUENCE = 99_999;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    // compiled once: an order number is checked each time an order is read
    private static final Pattern DIGITS = Pattern.compile("[0-9]{23}");

    public OrderNumber {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("An order number is 23 digits: " + value);
        }
    }

    public static OrderNumber of(LocalDate orderDate, TradeRegistrationNumber company, int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("An order sequence is 1 to " + MAX_SEQUENCE + ": " + sequence);
        }
        return new OrderNumber(orderDate.format(DATE) + company.value() + String.format("%05d", sequence));
    }

    /** The order number a text from outside (a link, a provider's call) names, if it is one. */
    public static Optional<OrderNumber> parse(String text) {
        return text != null && DIGITS.matcher(text).matches() ? Optional.of(new OrderNumber(text)) : Optional.empty();
    }

    public LocalDate orderDate() {
        return LocalDate.parse(value.substring(0, 8), DATE);
    }

    public TradeRegistrationNumber tradeRegistrationNumber() {
        return new TradeRegistrationNumber(value.substring(8, 18));
    }

    public int sequence() {
        return Integer.parseInt(value.substring(18));
    }

    @Override
    public String toString() {
        return value;
    }
}
