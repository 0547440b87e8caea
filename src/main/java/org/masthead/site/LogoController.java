package org.masthead.site;

import org.masthead.platform.PublicationProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Duration;

/**
 * The default publisher logo at {@code /assets/logo.png} (structured data's publisher.logo, the feeds'
 * image): the configured publication name as a {@link Wordmark}, drawn on first request and kept.
 * Rejected: a committed PNG, which would say "Masthead" on every paper that sets its own name. A paper
 * with a real logo points {@code masthead.publication.logo-path} at it instead. Drawn lazily so that a
 * machine without fonts still starts; only this URL would fail.
 */
@Controller
class LogoController {

    private final PublicationProperties publication;
    private volatile byte[] png;

    LogoController(PublicationProperties publication) {
        this.publication = publication;
    }

    @GetMapping("/assets/logo.png")
    ResponseEntity<byte[]> logo() {
        byte[] bytes = png;
        if (bytes == null) {
            bytes = Wordmark.png(publication.name());
            png = bytes;
        }
        // a day: the name only changes with the configuration, and then a day of the old logo is harmless
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(bytes);
    }
}
