package org.masthead.newsletter;

/**
 * Starts sending a stored issue to its list; the issue side's one call into sending. Called inside the
 * transaction that stored the issue, so an issue and its send are committed together or not at all (a digest
 * made but never sent would hold its period and never go out).
 */
interface IssueStarter {

    /** Starts the send of issue {@code issueId}; {@code staffId} is who asked, null for the digest schedule. */
    long start(long issueId, Long staffId);
}
