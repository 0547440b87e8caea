package org.masthead.media;

import org.masthead.platform.ImageLinks;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Tells modules below this one (the publication's logo) where an image's variant is served. */
@Component
class MediaImageLinks implements ImageLinks {

    private final MediaService media;

    MediaImageLinks(MediaService media) {
        this.media = media;
    }

    @Override
    public Optional<ImageLink> link(long mediaId, int maxWidth) {
        return media.find(mediaId).map(image -> {
            List<Integer> widths = media.widths(image);
            int width = widths.stream().filter(w -> w <= maxWidth).reduce((a, b) -> b).orElse(widths.get(0));
            int height = Math.round((float) image.height() * width / image.width());
            return new ImageLink(media.url(image, width), width, height);
        });
    }
}
