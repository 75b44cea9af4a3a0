package jp.tradecert.platform;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and amounts as the chamber's Japanese mails and documents write them: 2026年12月02日, 1,000. */
public final class JapaneseText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");

    private JapaneseText() {
    }

    /** The date, or nothing for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A number with thousands separators (yen, coupons), or nothing for none. */
    public static String number(Number amount) {
        return amount == null ? "" : NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }
}
