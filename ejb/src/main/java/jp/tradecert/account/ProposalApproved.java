package jp.tradecert.account;

/**
 * Fired (a CDI event, in the approval's transaction) when a supervisor approves a proposal whose action
 * belongs to a package above this one: the deposit package applies a {@code DEPOSIT_MATCH}. What the
 * observer refuses (a {@code BusinessException}) rolls the approval back, and the proposal keeps waiting.
 */
public record ProposalApproved(Proposal proposal, SignedInUser supervisor) {
}
