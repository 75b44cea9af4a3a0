package jp.tradecert.account;

/**
 * What a signed-in person may do. The names are also the security roles of the web module.
 */
public enum Role {
    /** ユーザーID: a signer of the company; buys and uses coupons. */
    USER,
    /** サブID: an agent (e.g. a forwarder) working for a user ID; buys and uses coupons. */
    SUB,
    /** 管理者ID: manages the company's users; can neither buy nor use coupons. */
    COMPANY_ADMIN,
    /** 商工会議所 職員: runs the chamber's admin console. */
    CHAMBER_STAFF,
    /** 日本商工会議所: runs the system for every chamber. */
    OPERATOR;

    public boolean isApplicant() {
        return this == USER || this == SUB || this == COMPANY_ADMIN;
    }

    public boolean mayBuyOrUseCoupons() {
        return this == USER || this == SUB;
    }
}
