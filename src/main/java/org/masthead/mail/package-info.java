/**
 * The transactional e-mail outbox: {@link org.masthead.mail.MailService} accepts a message into the database
 * inside its caller's transaction, and a cluster-safe job delivers it over SMTP with retries and backoff.
 * Without an SMTP server, messages are kept in the outbox and never sent.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.masthead.mail;
