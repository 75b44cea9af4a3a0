package jp.tradecert.deposit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days banks work: not Saturdays, Sundays or the days in {@code bank_holiday} (national holidays
 * and the year-end closing). A year with no rows at all is not known: it is reported, and its
 * weekdays are taken as business days (an alert too many rather than one missed).
 */
@Stateless
public class BankCalendar {

    @PersistenceContext
    private EntityManager em;

    public boolean isBusinessDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return count("select count(*) from bank_holiday where holiday = ?", day) == 0;
    }

    /** Whether the calendar has the year's holidays. */
    public boolean knowsYear(int year) {
        return count("select count(*) from bank_holiday where holiday between ? and ?",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)) > 0;
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
