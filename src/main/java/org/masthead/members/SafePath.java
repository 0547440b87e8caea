package org.masthead.members;

import java.util.regex.Pattern;

/**
 * Where to send a reader after signing in: a path on this site only. Anything else (another host,
 * {@code //host}, a backslash trick, a scheme, a line break) becomes the account page, so a link cannot
 * bounce a reader to another site.
 */
public final class SafePath {

    public static final String ACCOUNT = "/account";
    private static final Pattern PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@%/?#]{0,499}");

    private SafePath() {
    }

    public static String of(String next) {
        return next != null && PATH.matcher(next).matches() ? next : ACCOUNT;
    }
}
