package jp.tradecert.account;

import jp.tradecert.platform.BusinessException;

/** A proposal that cannot be decided so: the proposer's own, or one already decided otherwise. */
public class ProposalRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ProposalRefusedException(Long proposalId, String why) {
        super("Proposal " + proposalId + " refused: " + why, proposalId, why);
    }
}
