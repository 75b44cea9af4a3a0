package jp.tradecert.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the screens write amounts, counts, dates and times: {@code 64,900 円}, {@code 61 枚},
 * {@code 2022年09月27日}, {@code 2022/09/27 19:56:11}, always in Japan's time whatever the server's zone.
 * In English the units and the date follow the language; the numbers stay the same.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

    @Inject
    private LocaleSelection localeSelection;

    /** {@code 64,900 円}; empty for no amount. */
    public String yen(Long yen) {
        return yen == null ? "" : Messages.text("unit.yen", number(yen));
    }

    /** {@code 61 枚}. */
    public String coupons(Long coupons) {
        return coupons == null ? "" : Messages.text("unit.couponCount", number(coupons));
    }

    /** {@code 64,900}: grouped, no unit. */
    public String number(Long value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(Messages.text("format.date"), localeSelection.getLocale())
                .format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(JAPAN));
    }
}
