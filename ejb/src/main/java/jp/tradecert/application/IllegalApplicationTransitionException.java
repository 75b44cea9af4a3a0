package jp.tradecert.application;

import jp.tradecert.platform.BusinessException;

/** The application's state does not allow this move (e.g. approving a draft). */
public class IllegalApplicationTransitionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IllegalApplicationTransitionException(Long applicationId, ApplicationStatus status, String action) {
        super("Application " + applicationId + " is " + status + ": cannot " + action, applicationId, status.name(),
                action);
    }
}
