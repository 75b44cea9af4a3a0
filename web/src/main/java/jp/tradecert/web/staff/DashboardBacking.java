package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.application.ApplicationLists;
import jp.tradecert.deposit.ChamberFigures;
import jp.tradecert.deposit.UnmatchedDeposits;
import jp.tradecert.ledger.RefundStatus;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.RefundDesk;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.Messages;

/**
 * ダッシュボード: the chamber's day at a glance — orders placed and paid today, deposits applied, what waits
 * for a clerk (unmatched deposits, refunds due, applications to review), the liability for unused coupons —
 * and the last 30 days as charts (PrimeFaces' Chart.js, fed a JSON configuration).
 */
@Named
@RequestScoped
public class DashboardBacking {

    /** The days the charts show, today included. */
    static final int DAYS = 30;

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM/dd");

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @EJB
    private ChamberFigures figures;

    @EJB
    private UnmatchedDeposits unmatched;

    @EJB
    private RefundDesk refunds;

    @EJB
    private ApplicationLists applications;

    private LocalDate today;
    private List<ChamberFigures.Day> placed;
    private List<ChamberFigures.Day> paid;
    private List<ChamberFigures.Day> deposits;

    @PostConstruct
    void load() {
        SignedInUser staff = currentUser.get();
        today = LocalDate.now(clock);
        LocalDate from = today.minusDays(DAYS - 1);
        placed = figures.ordersPlaced(staff, from);
        paid = figures.ordersPaid(staff, from);
        deposits = figures.depositsApplied(staff, from);
    }

    public long getPlacedToday() {
        return sum(placed, day -> day.day().equals(today));
    }

    public long getPaidToday() {
        return sum(paid, day -> day.day().equals(today));
    }

    public long getDepositsToday() {
        return sum(deposits, day -> day.day().equals(today));
    }

    public long getUnmatched() {
        return unmatched.count(currentUser.get());
    }

    public long getRefundsDue() {
        return refunds.count(currentUser.get(), RefundStatus.DUE);
    }

    public long getRefundsDueYen() {
        return refunds.totalYen(currentUser.get(), RefundStatus.DUE);
    }

    public long getToReview() {
        return applications.reviewCount(currentUser.get());
    }

    public long getOutstandingYen() {
        return figures.outstandingYen(currentUser.get());
    }

    /** Orders placed per day by method (bars) and paid per day (a line), the last 30 days. */
    public String getOrdersChart() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (PaymentMethod method : PaymentMethod.values()) {
            datasets.add(dataset("bar", Messages.text("dashboard.placed") + " — "
                    + Messages.text("PaymentMethod." + method.name()), placed, day -> day.method() == method,
                    method == PaymentMethod.CARD ? "#8fb3d9" : "#1f4e79").add("stack", "placed"));
        }
        datasets.add(dataset("line", Messages.text("dashboard.paid"), paid, day -> true, "#c0392b"));
        return chart("bar", datasets, true);
    }

    /** Deposits applied per booking day, the last 30 days. */
    public String getDepositsChart() {
        return chart("bar", Json.createArrayBuilder().add(dataset("bar", Messages.text("dashboard.deposits"), deposits,
                day -> true, "#2e7d32")), false);
    }

    private JsonObjectBuilder dataset(String type, String label, List<ChamberFigures.Day> days,
            Predicate<ChamberFigures.Day> which, String color) {
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (int i = DAYS - 1; i >= 0; i--) {
            LocalDate day = today.minusDays(i);
            counts.add(sum(days, row -> row.day().equals(day) && which.test(row)));
        }
        return Json.createObjectBuilder().add("type", type).add("label", label).add("data", counts)
                .add("backgroundColor", color).add("borderColor", color);
    }

    private String chart(String type, JsonArrayBuilder datasets, boolean stacked) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int i = DAYS - 1; i >= 0; i--) {
            labels.add(LABEL.format(today.minusDays(i)));
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        if (stacked) {
            y.add("stacked", true);
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                                .add("y", y)))
                .build().toString();
    }

    private static long sum(List<ChamberFigures.Day> days, Predicate<ChamberFigures.Day> which) {
        return days.stream().filter(which).mapToLong(ChamberFigures.Day::count).sum();
    }
}
