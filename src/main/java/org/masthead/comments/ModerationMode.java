package org.masthead.comments;

/**
 * How a thread is moderated (the site's setting, unless the story overrides it): POST, clean comments appear at
 * once and moderators look afterwards; PRE, every comment waits for a moderator.
 */
public enum ModerationMode { POST, PRE }
