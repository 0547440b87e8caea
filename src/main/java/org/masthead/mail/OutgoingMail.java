package org.masthead.mail;

/**
 * A message to send. {@code kind} names its purpose for the outbox view and metrics, e.g. "staff-invite",
 * "sign-in-code" (lower-case letters, digits and hyphens).
 *
 * @param html an HTML alternative to {@code text}, or null for a plain-text message
 */
public record OutgoingMail(String to, String subject, String text, String html, String kind) {
}
