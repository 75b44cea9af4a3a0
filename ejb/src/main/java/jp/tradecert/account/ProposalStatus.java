package jp.tradecert.account;

/** Where a proposal stands: waiting for a supervisor, or decided once and for all. */
public enum ProposalStatus {
    PROPOSED,
    APPROVED,
    REJECTED
}
