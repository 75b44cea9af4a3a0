package jp.tradecert.application;

import jp.tradecert.platform.BusinessException;

/**
 * The certificate cannot be printed: the application has no issued certificate, or the print window
 * ({@value IssuedCertificate#PRINT_DAYS} days counted from the day after issuance) has closed; the
 * argument is the last day it could be printed, if any.
 */
public class CertificateNotPrintableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public CertificateNotPrintableException(long applicationId, String lastDay) {
        super("Application " + applicationId + " has no certificate to print (last day: " + lastDay + ")",
                lastDay);
    }
}
