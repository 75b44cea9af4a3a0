package jp.tradecert.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What 発給申請状況一覧 is narrowed to; each part may be absent (null): a status, a receipt number, the
 * days the application was made (from and to, both included, in the chamber's time zone), a destination
 * country (ISO code).
 */
public record ApplicationFilter(ApplicationStatus status, Long receiptNumber, LocalDate from, LocalDate to,
        String destinationCountry) implements Serializable {

    public static final ApplicationFilter NONE = new ApplicationFilter(null, null, null, null, null);
}
