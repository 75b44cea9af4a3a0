package jp.tradecert.batch;

import jakarta.ejb.ApplicationException;
import jp.tradecert.platform.BusinessException;

/** A run of the job is going (here or on another server): a second one does not start beside it. */
// declared here too: the container does not see the inherited annotation from another module's class
@ApplicationException(rollback = true)
public class JobRunningException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public JobRunningException(String job) {
        super("A run of " + job + " is going: try again when it has ended", job);
    }
}
