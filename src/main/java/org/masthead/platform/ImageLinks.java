package org.masthead.platform;

import java.util.Optional;

/**
 * Where an image of the media library is served, for modules below {@code media} (the publication's logo);
 * implemented by the media module, which owns images and their variants.
 */
public interface ImageLinks {

    /** A variant's site path (e.g. {@code /media/7/600.png}) and its size in pixels. */
    record ImageLink(String path, int width, int height) { }

    /** The largest variant of image {@code mediaId} at most {@code maxWidth} wide; empty when there is no such image. */
    Optional<ImageLink> link(long mediaId, int maxWidth);
}
