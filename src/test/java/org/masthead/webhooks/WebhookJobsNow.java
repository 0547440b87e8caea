package org.masthead.webhooks;

import org.springframework.context.ApplicationContext;

/** Runs the delivery job at once, for tests outside this package (its own runs wait an hour in tests). */
public final class WebhookJobsNow {
    private WebhookJobsNow() {
    }

    /** Sends every due delivery; returns how many were tried. */
    public static int deliverDue(ApplicationContext ctx) {
        return ctx.getBean(WebhookDispatcher.class).deliverDue();
    }
}
