package org.masthead.comments;

/**
 * Where a reader stands with the moderators. GOOD: their comments follow the thread's mode; PREMODERATED:
 * every comment of theirs waits for a moderator ("always pre-moderate"); SUSPENDED: no comments until the
 * suspension ends; BANNED: no comments at all. ANONYMOUS is a visitor who is not signed in.
 */
public enum Standing { ANONYMOUS, GOOD, PREMODERATED, SUSPENDED, BANNED }
