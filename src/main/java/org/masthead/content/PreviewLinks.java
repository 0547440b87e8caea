package org.masthead.content;

import org.masthead.platform.SigningKeys;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signed links that show one version of an article to anyone holding them, signed in or not, until they expire.
 * A link names a version, not "the latest": a colleague asked to check a draft reads exactly what was sent, not
 * whatever half-finished sentence an autosave stored a minute later; a newer version means a new link. The
 * token is {@code id-version-expiry} signed with {@link SigningKeys} (purpose "preview"), so nothing is stored,
 * rotating the signing key (twice) revokes every link, and deleting the article makes its links dead.
 */
@Component
public class PreviewLinks {

    static final String PURPOSE = "preview";
    private static final Pattern PAYLOAD = Pattern.compile("([0-9]{1,18})-([0-9]{1,9})-([0-9]{1,12})");

    /** A link's token and when it stops opening. */
    public record Link(String token, Instant expiresAt) { }

    /** What a genuine token names; {@code expired} once its time has passed. */
    public record Preview(long articleId, int version, Instant expiresAt, boolean expired) { }

    private final SigningKeys keys;
    private final ContentProperties props;
    private final Clock clock;

    PreviewLinks(SigningKeys keys, ContentProperties props, Clock clock) {
        this.keys = keys;
        this.props = props;
        this.clock = clock;
    }

    public Link mint(long articleId, int version) {
        Instant expires = clock.instant().plus(props.previewLinkLifetime()).truncatedTo(ChronoUnit.SECONDS);
        return new Link(keys.sign(PURPOSE, articleId + "-" + version + "-" + expires.getEpochSecond()), expires);
    }

    /** Empty for anything not signed by us for previews (a changed id or version breaks the signature). */
    public Optional<Preview> open(String token) {
        return keys.verify(PURPOSE, token).map(PAYLOAD::matcher).filter(Matcher::matches).map(m -> {
            Instant expires = Instant.ofEpochSecond(Long.parseLong(m.group(3)));
            return new Preview(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), expires,
                    !clock.instant().isBefore(expires));
        });
    }
}
