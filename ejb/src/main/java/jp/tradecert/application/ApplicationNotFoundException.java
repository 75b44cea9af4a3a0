package jp.tradecert.application;

import jp.tradecert.platform.BusinessException;

/** No such application for this company or chamber. */
public class ApplicationNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ApplicationNotFoundException(long applicationId) {
        super("No application " + applicationId, applicationId);
    }
}
