package org.masthead.media;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** Serves image variants. URLs name the image id and width, and never change content, so they cache forever. */
@RestController
class MediaController {

    private final MediaService media;

    MediaController(MediaService media) {
        this.media = media;
    }

    @GetMapping("/media/{id:[0-9]+}/{width:[0-9]+}.{ext:jpg|png}")
    ResponseEntity<byte[]> variant(@PathVariable long id, @PathVariable int width, @PathVariable String ext) {
        MediaService.Served s = media.variant(id, width, ext);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .contentType(MediaType.parseMediaType(s.contentType()))
                .body(s.bytes());
    }
}
