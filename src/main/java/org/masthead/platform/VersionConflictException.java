package org.masthead.platform;

/** An update was based on a version that is no longer current; answered with 409 and nothing changes. */
public class VersionConflictException extends RuntimeException {
    public VersionConflictException(String message) {
        super(message);
    }
}
