/**
 * Newsletters: lists, subscriptions (one click for members, double opt-in by address), issues (digests made
 * from sections on a schedule, breaking and custom ones from /admin), and sending them over SMTP in batches
 * that survive a crash, with suppression of addresses that bounce or complain. Words: {@code CONTEXT.md}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"platform", "mail", "content", "media", "members", "paywall", "staff"})
package org.masthead.newsletter;
