package jp.tradecert.ledger;

import java.io.Serializable;

/**
 * One difference the invariant checker found: which invariant of docs/domain.md, where (a company, a
 * chamber, an order, a lot, an application), what was expected against what was found, and the
 * chamber whose data it is (null for none, e.g. a deposit to no known account).
 */
public record InvariantViolation(String invariant, String subject, String expected, String actual, Long chamberId)
        implements Serializable {

    @Override
    public String toString() {
        return invariant + " " + subject + ": expected " + expected + ", found " + actual;
    }
}
