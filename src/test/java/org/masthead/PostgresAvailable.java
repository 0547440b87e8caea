package org.masthead;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.concurrent.atomic.AtomicBoolean;

/** Runs PostgreSQL variants when MASTHEAD_TEST_PG_URL is set; under CI=true they always run (and fail if absent). */
public class PostgresAvailable implements ExecutionCondition {

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (System.getenv("MASTHEAD_TEST_PG_URL") != null || "true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("PostgreSQL configured");
        }
        String how = "PostgreSQL tests skipped: set MASTHEAD_TEST_PG_URL, MASTHEAD_TEST_PG_USER and "
                + "MASTHEAD_TEST_PG_PASSWORD (or run bash .ci/run) to enable them.";
        if (TOLD.compareAndSet(false, true)) {
            System.out.println(how);
        }
        return ConditionEvaluationResult.disabled(how);
    }
}
