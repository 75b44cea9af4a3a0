package jp.tradecert.deposit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Zengin date, {@code YYMMDD} in the Japanese era (和暦) with no era named: {@code 070401} is
 * 令和7年4月1日. The era is the one in which the date exists and is not in the future: Reiwa when the
 * date is valid in Reiwa (from 2019-05-01) and at most a year after the reference day, else Heisei
 * (1989-01-08 to 2019-04-30). So {@code 310430} is 平成31年4月30日 and {@code 010501} 令和元年5月1日.
 */
public final class WarekiDate {

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    private WarekiDate() {
    }

    /** The date, or empty when the six digits are no date of either era. */
    static Optional<LocalDate> parse(String yymmdd, LocalDate reference) {
        if (yymmdd == null || !SIX_DIGITS.matcher(yymmdd).matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        Optional<LocalDate> reiwa = of(JapaneseEra.REIWA, year, month, day)
                .filter(date -> !date.isAfter(reference.plusYears(1)));
        return reiwa.isPresent() ? reiwa : of(JapaneseEra.HEISEI, year, month, day);
    }

    /** The six digits of a date of the Heisei or Reiwa era, as Zengin writes it. */
    public static String format(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return String.format("%02d%02d%02d", year, date.getMonthValue(), date.getDayOfMonth());
    }

    private static Optional<LocalDate> of(JapaneseEra era, int year, int month, int day) {
        if (year == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.from(JapaneseDate.of(era, year, month, day)));
        } catch (DateTimeException notInThisEra) {
            return Optional.empty();
        }
    }
}
