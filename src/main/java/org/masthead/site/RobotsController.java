package org.masthead.site;

import org.masthead.platform.Publication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.masthead.platform.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.nio.charset.StandardCharsets;

/**
 * {@code /robots.txt}: crawl the site but not the newsroom's screens or the Admin API, and here are the
 * sitemaps. Sitemap lines must be absolute, so they use the configured public base URL.
 */
@Controller
@PublicPage
class RobotsController {

    private final Publication publication;

    RobotsController(Publication publication) {
        this.publication = publication;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Allow: /
                Disallow: /admin/
                Disallow: /api/admin/

                Sitemap: %s
                Sitemap: %s
                """.formatted(publication.absolute("/sitemap.xml"), publication.absolute("/sitemaps/news.xml"));
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(body);
    }
}
