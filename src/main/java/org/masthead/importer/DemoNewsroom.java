package org.masthead.importer;

import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticleQueries;
import org.masthead.content.ArticleService;
import org.masthead.content.Author;
import org.masthead.content.AuthorKind;
import org.masthead.content.Refs;
import org.masthead.content.TaxonomyService;
import org.masthead.media.Image;
import org.masthead.media.MediaService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seeds the demo newsroom (sections, desks, reporters, 60+ articles with generated lead images, and its
 * newsletters through {@link DemoNewsletters}) into an empty database when {@code masthead.demo=true}. Article
 * times are relative to now, so the front page always looks current. All demo text was written for this project.
 */
@Component
@Profile("!cli")
@ConditionalOnProperty(name = "masthead.demo", havingValue = "true")
class DemoNewsroom implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNewsroom.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Newsroom(String publication, List<SectionSeed> sections, List<AuthorSeed> authors) { }

    record SectionSeed(String slug, String name, String parent, String description, int position) { }

    record AuthorSeed(String slug, String name, String kind, String title, String bio) { }

    record ImageSeed(String motif, String caption, String credit, String alt) { }

    record ArticleSeed(String key, String headline, String standfirst, String section, List<String> bylines,
                       String dateline, List<String> tags, String access, int hoursAgo, Integer updatedHoursLater,
                       String correction, List<String> related, ImageSeed image, List<String> body,
                       List<ImageSeed> gallery) { }

    private final TaxonomyService taxonomy;
    private final ArticleService articles;
    private final ArticleQueries queries;
    private final MediaService media;
    private final DemoNewsletters newsletters;
    private final Clock clock;

    DemoNewsroom(TaxonomyService taxonomy, ArticleService articles, ArticleQueries queries, MediaService media,
                 DemoNewsletters newsletters, Clock clock) {
        this.taxonomy = taxonomy;
        this.articles = articles;
        this.queries = queries;
        this.media = media;
        this.newsletters = newsletters;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!taxonomy.sections().isEmpty() || !queries.latest(1).isEmpty()) {
            return; // only ever into an empty database
        }
        long started = System.nanoTime();
        Newsroom newsroom = read("classpath:demo/newsroom.json", Newsroom.class);
        for (SectionSeed s : newsroom.sections()) {
            taxonomy.saveSection(null, s.slug(), s.name(), s.description(), s.parent(), s.position());
        }
        for (AuthorSeed a : newsroom.authors()) {
            AuthorKind kind = AuthorKind.valueOf(a.kind().toUpperCase(Locale.ROOT));
            Long photo = kind == AuthorKind.PERSON ? media.upload(DemoImages.jpeg(DemoPortraits.draw(a.name())),
                    a.slug() + ".jpg", "Portrait of " + a.name(), "", "Illustration: Herald Graphics").id() : null;
            taxonomy.saveAuthor(new Author(0, a.slug(), a.name(), kind, a.title(), a.bio(), photo));
        }
        List<ArticleSeed> seeds = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles-*.json")) {
            try (InputStream in = r.getInputStream()) {
                seeds.addAll(List.of(JSON.readValue(in, ArticleSeed[].class)));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        int position = 0;
        seeds.sort((a, b) -> Integer.compare(a.hoursAgo(), b.hoursAgo()));
        Map<String, String> galleries = new HashMap<>();
        for (ArticleSeed s : seeds) {
            Integer home = position < 5 ? position : null; // the five newest lead the front page
            galleries.put(s.key(), gallery(s));
            ids.put(s.key(), create(s, home, galleries.get(s.key())).id());
            position++;
        }
        for (ArticleSeed s : seeds) {
            if (s.related() != null && !s.related().isEmpty() && ids.containsKey(s.related().get(0))) {
                Article a = queries.byId(ids.get(s.key())).orElseThrow();
                articles.update(a.id(), a.version(), draft(s, a.leadImage(), ids.get(s.related().get(0)),
                        a.homePosition(), galleries.get(s.key())), true);
            }
        }
        int lists = newsletters.seed();
        log.info("Seeded the demo newsroom: {} sections, {} authors, {} articles, {} newsletters in {} ms",
                newsroom.sections().size(), newsroom.authors().size(), seeds.size(), lists,
                (System.nanoTime() - started) / 1_000_000);
    }

    private Article create(ArticleSeed s, Integer homePosition, String gallery) {
        Image image = upload(s.image(), s.section(), s.key());
        Refs.LeadImage lead = new Refs.LeadImage(image.id(), s.image().caption(), s.image().credit(), s.image().alt());
        Instant published = clock.instant().minus(Duration.ofHours(s.hoursAgo())).minus(Duration.ofMinutes(Math.floorMod(s.key().hashCode(), 50)));
        Instant updated = s.updatedHoursLater() == null ? null : published.plus(Duration.ofHours(s.updatedHoursLater()));
        if (updated != null && updated.isAfter(clock.instant())) {
            updated = clock.instant().minus(Duration.ofMinutes(5));
        }
        List<Refs.Correction> corrections = s.correction() == null || updated == null ? List.of()
                : List.of(new Refs.Correction(updated, s.correction()));
        return articles.importPublished(draft(s, lead, null, homePosition, gallery), published, updated, corrections);
    }

    private Image upload(ImageSeed i, String section, String key) {
        byte[] jpeg = DemoImages.jpeg(DemoArt.draw(i.motif(), section, key.hashCode()));
        return media.upload(jpeg, key + ".jpg", i.alt(), i.caption(), i.credit());
    }

    /** A gallery's markup (the body format's figures in a gallery), its pictures uploaded; empty when none. */
    private String gallery(ArticleSeed s) {
        if (s.gallery() == null || s.gallery().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div class=\"gallery\">");
        for (int n = 0; n < s.gallery().size(); n++) {
            ImageSeed i = s.gallery().get(n);
            Image image = upload(i, s.section(), s.key() + "-" + n);
            List<Integer> widths = media.widths(image);
            html.append("<figure><img src=\"").append(media.url(image, widths.get(widths.size() - 1)))
                    .append("\" alt=\"").append(HtmlUtils.htmlEscape(i.alt())).append("\" width=\"")
                    .append(image.width()).append("\" height=\"").append(image.height()).append("\"><figcaption>")
                    .append(HtmlUtils.htmlEscape(i.caption())).append(" <span class=\"credit\">")
                    .append(HtmlUtils.htmlEscape(i.credit())).append("</span></figcaption></figure>");
        }
        return html.append("</div>").toString();
    }

    private static ArticleDraft draft(ArticleSeed s, Refs.LeadImage lead, Long relatedId, Integer homePosition,
                                      String gallery) {
        StringBuilder body = new StringBuilder();
        int paragraphs = 0;
        for (String p : s.body()) {
            if (p.startsWith("## ")) {
                body.append("<h2>").append(HtmlUtils.htmlEscape(p.substring(3))).append("</h2>");
            } else {
                body.append("<p>").append(HtmlUtils.htmlEscape(p)).append("</p>");
                if (++paragraphs == 2 && relatedId != null) {
                    body.append("<aside data-related=\"").append(relatedId).append("\"></aside>");
                }
                if (paragraphs == 3) {
                    body.append(gallery);
                }
            }
        }
        return new ArticleDraft(s.headline(), s.standfirst(), body.toString(), null, s.section(), s.bylines(),
                s.tags(), s.dateline(), AccessLevel.valueOf(s.access().toUpperCase(Locale.ROOT)), lead, null, null,
                null, homePosition);
    }

    private static <T> T read(String location, Class<T> type) throws IOException {
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource(location).getInputStream()) {
            return JSON.readValue(in, type);
        }
    }
}
