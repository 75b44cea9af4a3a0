package jp.tradecert.account;

/** Where a member of a chamber's staff stands in the four-eyes rule. */
public enum StaffRank {
    /** 職員: does the day's work and proposes the money actions. */
    CLERK,
    /** 承認者: also approves what another member of the staff proposed (never their own proposal). */
    SUPERVISOR
}
