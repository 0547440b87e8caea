/**
 * Readers: member accounts keyed by a verified e-mail address (a password is optional), sign-in by password,
 * e-mailed code or link, reader sessions and the short-lived identity cookie article pages verify in memory
 * ({@link org.masthead.members.Readers}), throttling, the consent ledger with versioned wordings
 * ({@link org.masthead.members.Consents}), saved stories, the data download and account deletion. The reader
 * pages that show these live in {@code site}; the staff screens in {@code admin}. Knows nothing of staff.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "mail", "content"})
package org.masthead.members;
