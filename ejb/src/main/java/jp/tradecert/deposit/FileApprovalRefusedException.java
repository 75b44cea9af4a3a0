package jp.tradecert.deposit;

import jp.tradecert.platform.BusinessException;

/** An uploaded bank file cannot be approved: by its uploader, twice, or when it is not one awaiting approval. */
public class FileApprovalRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FileApprovalRefusedException(Long fileId, String why) {
        super("Bank file " + fileId + " cannot be approved: " + why, fileId, why);
    }
}
