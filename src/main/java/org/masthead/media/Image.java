package org.masthead.media;

import java.time.Instant;

/**
 * An image in the media library. {@code format} is jpeg, png or gif (as detected from its bytes and stored);
 * {@code filename} is the name it was uploaded under, kept only to find it again.
 */
public record Image(long id, String format, int width, int height, long byteSize, String alt, String caption,
                    String credit, String filename, Instant uploadedAt) {

    public String contentType() {
        return "image/" + format;
    }

    /** No text for readers who cannot see it: the library marks such images until someone writes one. */
    public boolean missingAlt() {
        return alt.isBlank();
    }
}
