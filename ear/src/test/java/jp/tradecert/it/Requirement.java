package jp.tradecert.it;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test needs from the machine (a browser, root for a network namespace) and does not find: the tests are
 * skipped with a loud message saying how to get it; with {@code -Dtests.strict=true} (CI) that is a failure
 * instead, so that nothing is skipped there.
 */
public final class Requirement {

    private Requirement() {
    }

    /** Skips, or in strict mode fails, the tests of {@code context} for want of what {@code missing} says. */
    public static ConditionEvaluationResult missing(ExtensionContext context, String missing) {
        if (Boolean.getBoolean("tests.strict")) {
            throw new ExtensionConfigurationException(missing + " (tests.strict=true: a failure, not a skip)");
        }
        System.err.println();
        System.err.println("!!! SKIPPED " + context.getDisplayName() + ": " + missing);
        System.err.println();
        return ConditionEvaluationResult.disabled(missing);
    }
}
