package jp.tradecert.purchase;

import jp.tradecert.platform.BusinessException;

/** The quantities of a purchase are not acceptable; {@link #problem()} says which rule they break. */
public class InvalidQuantityException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the quantities. */
    public enum Problem {
        /** Not a whole number. */
        NOT_A_NUMBER,
        /** A quantity below zero. */
        NEGATIVE,
        /** Nothing ordered: every quantity is zero. */
        NOTHING_ORDERED,
        /** More booklets than one order may hold. */
        TOO_MANY_BOOKLETS,
        /** More coupons in all than one order may hold. */
        TOO_MANY_COUPONS
    }

    private final Problem problem;

    public InvalidQuantityException(Problem problem, long limit) {
        super("Invalid quantities: " + problem + " (limit " + limit + ")", limit);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public String messageKey() {
        return super.messageKey() + "." + problem.name();
    }
}
