package org.masthead.site;

import org.masthead.content.ArticleFilter;
import org.masthead.content.Author;
import org.masthead.content.Section;
import org.masthead.content.Slugs;
import org.masthead.content.Tag;
import org.masthead.content.TaxonomyService;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.Publication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.masthead.platform.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;

/** RSS 2.0 and Atom 1.0 feeds of the site, each section, tag and author/desk: {@code …/rss.xml}, {@code …/atom.xml}. */
@Controller
@PublicPage
class FeedController {

    static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final Feeds feeds;
    private final TaxonomyService taxonomy;
    private final ViewParts parts;

    FeedController(Feeds feeds, TaxonomyService taxonomy, ViewParts parts) {
        this.feeds = feeds;
        this.taxonomy = taxonomy;
        this.parts = parts;
    }

    @GetMapping("/{format:rss|atom}.xml")
    ResponseEntity<byte[]> site(@PathVariable String format) {
        Publication publication = parts.publication();
        return answer(format, new Feeds.Scope("", publication.name(), publication.description(), ArticleFilter.ALL));
    }

    @GetMapping("/{slug:[a-z0-9-]+}/{format:rss|atom}.xml")
    ResponseEntity<byte[]> section(@PathVariable String slug, @PathVariable String format) {
        Section s = taxonomy.section(slug).filter(x -> !Slugs.RESERVED.contains(x.slug()))
                .orElseThrow(() -> new NotFoundException("no section " + slug));
        return answer(format, scope("/" + slug, s.name(), s.description(), ArticleFilter.section(s.id())));
    }

    @GetMapping("/tag/{slug:[a-z0-9-]+}/{format:rss|atom}.xml")
    ResponseEntity<byte[]> tag(@PathVariable String slug, @PathVariable String format) {
        Tag t = taxonomy.tag(slug).orElseThrow(() -> new NotFoundException("no tag " + slug));
        return answer(format, scope("/tag/" + slug, t.name(), "", ArticleFilter.tag(t.id())));
    }

    @GetMapping("/author/{slug:[a-z0-9-]+}/{format:rss|atom}.xml")
    ResponseEntity<byte[]> author(@PathVariable String slug, @PathVariable String format) {
        Author a = taxonomy.author(slug).orElseThrow(() -> new NotFoundException("no author " + slug));
        return answer(format, scope("/author/" + slug, a.name(), a.bio(), ArticleFilter.author(a.id())));
    }

    /** Titled like the listing page it follows ("World | The Herald"), described like it too. */
    private Feeds.Scope scope(String path, String title, String description, ArticleFilter filter) {
        return new Feeds.Scope(path, title + " | " + parts.publication().name(), parts.description(title, description),
                filter);
    }

    private ResponseEntity<byte[]> answer(String format, Feeds.Scope scope) {
        FeedModel feed = feeds.feed(scope);
        boolean rss = format.equals("rss");
        return ResponseEntity.ok()
                .contentType(rss ? RSS : ATOM)
                .lastModified(feed.updated())
                .body(rss ? RssFeed.write(feed) : AtomFeed.write(feed));
    }
}
