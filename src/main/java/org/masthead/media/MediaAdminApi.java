package org.masthead.media;

import org.masthead.platform.JsonApi;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.Publication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

/**
 * Admin API for images: {@code POST /api/admin/images} takes a multipart {@code file} with {@code alt},
 * {@code caption} and {@code credit}; the type is checked by content, the size by the multipart limit
 * ({@code masthead.media.max-upload}, see {@link MediaUploadLimits}).
 */
@RestController
@JsonApi
@RequestMapping(value = "/api/admin/images", produces = "application/json")
class MediaAdminApi {

    /** An image as stored, with absolute URLs of its responsive variants. */
    record UploadedImage(long id, String format, int width, int height, long byteSize, String alt, String caption,
                     String credit, String url, List<ImageVariant> srcset) { }

    record ImageVariant(int width, String url) { }

    private final MediaService media;
    private final Publication publication;

    MediaAdminApi(MediaService media, Publication publication) {
        this.media = media;
        this.publication = publication;
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<UploadedImage> upload(@RequestPart("file") MultipartFile file,
                                     @RequestParam(defaultValue = "") String alt,
                                     @RequestParam(defaultValue = "") String caption,
                                     @RequestParam(defaultValue = "") String credit) {
        Image image = media.upload(bytes(file), file.getOriginalFilename(), alt, caption, credit);
        return ResponseEntity.created(URI.create("/api/admin/images/" + image.id())).body(json(image));
    }

    @GetMapping("/{id}")
    UploadedImage get(@PathVariable long id) {
        return json(media.find(id).orElseThrow(() -> new NotFoundException("no image " + id)));
    }

    private UploadedImage json(Image i) {
        List<Integer> widths = media.widths(i);
        return new UploadedImage(i.id(), i.format(), i.width(), i.height(), i.byteSize(), i.alt(), i.caption(), i.credit(),
                publication.absolute(media.url(i, widths.get(widths.size() - 1))),
                widths.stream().map(w -> new ImageVariant(w, publication.absolute(media.url(i, w)))).toList());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
