package org.masthead.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a paper keeps a profile; shown in the site's footer in this order, and as {@code sameAs} in structured data. */
public enum SocialNetwork {
    BLUESKY("Bluesky"), MASTODON("Mastodon"), THREADS("Threads"), X("X"), FACEBOOK("Facebook"),
    INSTAGRAM("Instagram"), LINKEDIN("LinkedIn"), YOUTUBE("YouTube"), TIKTOK("TikTok");

    private final String label;

    SocialNetwork(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case name used in forms and storage, e.g. {@code bluesky}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SocialNetwork> byKey(String key) {
        return Arrays.stream(values()).filter(n -> n.key().equals(key)).findFirst();
    }
}
