package org.masthead.site;

import org.masthead.content.Refs;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lead image as a feed enclosure: the largest variant's URL with its exact length and MIME type.
 * <p>
 * The length is only known once the variant exists, so the first feed that lists an image makes it (as the
 * first page view would have; a feed reader fetches exactly that URL next). Rejected: the original's
 * size, which is wrong because variants are re-encoded. A variant URL never changes content, so its length
 * is remembered per image: later feed builds neither query the image nor read the file.
 */
@Component
class Enclosures {

    private static final int REMEMBERED = 10_000;

    private final MediaService media;
    private final Publication publication;
    private final Map<Long, FeedModel.Enclosure> known = new ConcurrentHashMap<>();

    Enclosures(MediaService media, Publication publication) {
        this.media = media;
        this.publication = publication;
    }

    Optional<FeedModel.Enclosure> of(Refs.LeadImage lead) {
        if (lead == null) {
            return Optional.empty();
        }
        FeedModel.Enclosure e = known.get(lead.mediaId());
        if (e == null) {
            e = media.find(lead.mediaId()).map(this::measure).orElse(null);
            if (e != null && known.size() < REMEMBERED) {
                known.put(lead.mediaId(), e);
            }
        }
        return Optional.ofNullable(e);
    }

    private FeedModel.Enclosure measure(Image image) {
        List<Integer> widths = media.widths(image);
        int largest = widths.get(widths.size() - 1);
        String path = media.url(image, largest);
        try {
            MediaService.Served served = media.variant(image.id(), largest, path.substring(path.lastIndexOf('.') + 1));
            return new FeedModel.Enclosure(publication.absolute(path), served.bytes().length, served.contentType());
        } catch (NotFoundException e) {
            return null; // the original is missing from storage: no enclosure rather than no feed
        }
    }
}
