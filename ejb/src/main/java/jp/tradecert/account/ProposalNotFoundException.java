package jp.tradecert.account;

import jp.tradecert.platform.BusinessException;

/** No such proposal at this chamber. */
public class ProposalNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ProposalNotFoundException(long proposalId) {
        super("No proposal " + proposalId, proposalId);
    }
}
