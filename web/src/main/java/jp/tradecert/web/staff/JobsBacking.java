package jp.tradecert.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tradecert.batch.JobRunningException;
import jp.tradecert.batch.NightlySchedule;
import jp.tradecert.platform.ScheduledRuns;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.Messages;

/**
 * ジョブ: the nightly jobs' schedule, their runs of the last two weeks (how each night ended, after how many
 * attempts, with its counts and whether the bank's file was missing), and the runs the chamber's staff started,
 * with their counts and exit status; a failed or stopped one of those restarted where it stopped.
 */
@Named
@ViewScoped
public class JobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The nights the page shows. */
    static final int NIGHTS = 14;

    /** A night's run of a job with, if it started, its execution's report. */
    public record Night(ScheduledRuns.Run run, ChamberJobs.Report report) implements Serializable {

        public ScheduledRuns.Run getRun() {
            return run;
        }

        public ChamberJobs.Report getReport() {
            return report;
        }
    }

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ChamberJobs jobs;

    @Inject
    private transient Clock clock;

    @EJB
    private NightlySchedule schedule;

    @EJB
    private ScheduledRuns scheduledRuns;

    private List<Night> nights;
    private List<ChamberJobs.Report> runs;
    private Map<String, LocalTime> times;
    private boolean scheduled;

    @PostConstruct
    void load() {
        times = schedule.times();
        scheduled = schedule.isEnabled();
        LocalDate today = LocalDate.now(clock);
        nights = new ArrayList<>();
        for (String job : times.keySet()) {
            for (ScheduledRuns.Run run : scheduledRuns.between(job, today.minusDays(NIGHTS), today)) {
                nights.add(new Night(run, run.executionId() == null ? null
                        : jobs.nightlyReport(currentUser.get(), run.executionId()).orElse(null)));
            }
        }
        nights.sort((a, b) -> b.run().night().compareTo(a.run().night()));
        runs = jobs.runsOfChamber(currentUser.get(), 20);
    }

    public String restart(long executionId) {
        try {
            long again = jobs.restart(currentUser.get(), executionId);
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "jobs.restarted", String.valueOf(executionId),
                    String.valueOf(again));
            return "/staff/jobs?faces-redirect=true";
        } catch (JobRunningException running) {
            Messages.error("deposits.running");
            return null;
        }
    }

    public List<Night> getNights() {
        return nights;
    }

    public List<ChamberJobs.Report> getRuns() {
        return runs;
    }

    public List<Map.Entry<String, LocalTime>> getTimes() {
        return new ArrayList<>(times.entrySet());
    }

    public boolean isScheduled() {
        return scheduled;
    }
}
