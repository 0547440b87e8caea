package org.masthead.platform;

/** The paper's profile on a social network, e.g. Bluesky and {@code https://bsky.app/profile/…}. */
public record SocialProfile(SocialNetwork network, String url) {

    public String label() {
        return network.label();
    }
}
