package org.masthead.site;

import org.masthead.platform.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.masthead.platform.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The sitemap index at {@code /sitemap.xml}, the sitemaps it points at, and the Google News sitemap. */
@Controller
@PublicPage
class SitemapController {

    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final Sitemaps sitemaps;

    SitemapController(Sitemaps sitemaps) {
        this.sitemaps = sitemaps;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index() {
        return answer(sitemaps.index());
    }

    @GetMapping("/sitemaps/sections.xml")
    ResponseEntity<byte[]> sections() {
        return answer(sitemaps.sections());
    }

    @GetMapping("/sitemaps/articles-{page:[0-9]{1,6}}.xml")
    ResponseEntity<byte[]> articles(@PathVariable int page) {
        return answer(sitemaps.articles(page), "articles " + page);
    }

    @GetMapping("/sitemaps/tags-{page:[0-9]{1,6}}.xml")
    ResponseEntity<byte[]> tags(@PathVariable int page) {
        return answer(sitemaps.tags(page), "tags " + page);
    }

    @GetMapping("/sitemaps/authors.xml")
    ResponseEntity<byte[]> authors() {
        return answer(sitemaps.authors(), "authors");
    }

    @GetMapping("/sitemaps/news.xml")
    ResponseEntity<byte[]> news() {
        return answer(sitemaps.news());
    }

    private ResponseEntity<byte[]> answer(Optional<Sitemaps.Sitemap> sitemap, String name) {
        return answer(sitemap.orElseThrow(() -> new NotFoundException("no sitemap of " + name)));
    }

    private ResponseEntity<byte[]> answer(Sitemaps.Sitemap sitemap) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(XML);
        if (sitemap.lastModified() != null) {
            ok.lastModified(sitemap.lastModified());
        }
        return ok.body(sitemap.xml());
    }
}
