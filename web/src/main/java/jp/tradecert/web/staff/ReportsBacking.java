package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.tradecert.account.ChamberReports;
import jp.tradecert.platform.Clocks;
import jp.tradecert.web.CurrentUser;

/**
 * 帳票: the chamber's monthly coupon report (sold, used, given back, refunded, adjusted, outstanding before
 * and after, in coupons and at the price paid) for a month of the last two years, and the unused balance
 * on the base dates of the Payment Services Act, flagged above 10,000,000 円; both export to CSV and Excel.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The months one can choose: this one and the 23 before it. */
    static final int MONTHS = 24;

    /** The base dates shown after today's figure: the last two years'. */
    static final int BASE_DATES = 4;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private transient Clock clock;

    @EJB
    private ChamberReports reports;

    private final List<String> months = new ArrayList<>();
    private String month;
    private ChamberReports.Month report;
    private List<ChamberReports.UnusedBalance> unusedBalances;

    @PostConstruct
    void load() {
        YearMonth now = YearMonth.now(clock.withZone(Clocks.TOKYO));
        for (int i = 0; i < MONTHS; i++) {
            months.add(now.minusMonths(i).toString());
        }
        month = months.get(0);
        show();
        unusedBalances = reports.unusedBalances(currentUser.get(), BASE_DATES);
    }

    /** Reads the chosen month's report (a month outside the list is the current one). */
    public void show() {
        if (!months.contains(month)) {
            month = months.get(0);
        }
        report = reports.month(currentUser.get(), YearMonth.parse(month));
    }

    public List<String> getMonths() {
        return months;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public ChamberReports.Month getReport() {
        return report;
    }

    public List<ChamberReports.UnusedBalance> getUnusedBalances() {
        return unusedBalances;
    }

    /** The threshold of the Act, for the page's note. */
    public long getThresholdYen() {
        return ChamberReports.THRESHOLD_YEN;
    }

    /** The file name of an export: what it is, the chamber's id and the month. */
    public String fileName(String what) {
        return what + "-" + currentUser.get().chamberId() + "-" + month;
    }
}
