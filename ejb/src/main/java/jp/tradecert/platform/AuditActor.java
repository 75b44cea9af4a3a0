package jp.tradecert.platform;

/** Who an audited action is by: a signed-in account of a chamber (null ids for the system itself). */
public record AuditActor(Long chamberId, Long accountId, String name) {

    /** The system's own actions (a nightly job, a timer), in a chamber or for all of them. */
    public static AuditActor system(Long chamberId) {
        return new AuditActor(chamberId, null, "system");
    }
}
