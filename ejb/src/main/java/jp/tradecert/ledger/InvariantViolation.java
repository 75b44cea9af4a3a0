package jp.tradecert.ledger;

import java.io.Serializable;

/**
 * One difference the invariant checker found: which invariant of DOMAIN.md, where (a company, a
 * chamber, an order, a lot, an application), and what was expected against what was found.
 */
public record InvariantViolation(String invariant, String subject, String expected, String actual)
        implements Serializable {

    @Override
    public String toString() {
        return invariant + " " + subject + ": expected " + expected + ", found " + actual;
    }
}
