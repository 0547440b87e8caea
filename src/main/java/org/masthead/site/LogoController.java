package org.masthead.site;

import org.masthead.platform.Publication;
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
 * machine without fonts still starts; only this URL would fail. A logo chosen in the settings replaces this
 * one wherever the publisher logo is named ({@code Publication.logoPath}).
 */
@Controller
class LogoController {

    private record Drawn(String name, byte[] png) { }

    private final Publication publication;
    private volatile Drawn drawn;

    LogoController(Publication publication) {
        this.publication = publication;
    }

    @GetMapping("/assets/logo.png")
    ResponseEntity<byte[]> logo() {
        String name = publication.name();
        Drawn d = drawn;
        if (d == null || !d.name().equals(name)) { // drawn again after the newsroom renamed the paper
            d = new Drawn(name, Wordmark.png(name));
            drawn = d;
        }
        byte[] bytes = d.png();
        // a day: the name rarely changes, and then a day of the old logo in browsers and CDNs is harmless
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(bytes);
    }
}
