package org.masthead.media;

/** An image in the media library. {@code format} is jpeg, png, gif or webp (as detected from its bytes). */
public record Image(long id, String format, int width, int height, long byteSize, String alt, String caption,
                    String credit) {

    public String contentType() {
        return "image/" + format;
    }
}
