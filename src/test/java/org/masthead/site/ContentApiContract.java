package org.masthead.site;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.ApiClient;
import org.masthead.ApiClient.Answer;
import org.masthead.MutableClock;
import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticleService;
import org.masthead.content.Refs;
import org.masthead.content.Slugs;
import org.masthead.media.Image;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.draft;
import static org.masthead.content.ContentFixtures.unique;

/** The public Content API as an API client sees it, over real HTTP; run on H2 and PostgreSQL. */
abstract class ContentApiContract {

    @LocalServerPort int port;
    @Autowired SiteProperties site;
    @Autowired ArticleService articles;
    @Autowired MediaService media;
    @Autowired MutableClock clock;

    private ApiClient api() {
        return new ApiClient(port, null);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private Article publish(ArticleDraft d) {
        return articles.publish(articles.create(d).article().id(), null);
    }

    private static ArticleDraft tagged(String headline, String tag) {
        ArticleDraft d = draft(headline);
        return new ArticleDraft(d.headline(), d.standfirst(), d.body(), null, "europe", List.of("lena-varga", "foreign-desk"),
                List.of(tag), d.dateline(), d.access(), null, null, null, null, null);
    }

    @Test
    void anArticleCarriesEverythingAClientNeedsToShowIt() {
        Article target = publish(draft(unique("Tram depot opens")));
        Image photo = media.upload(MediaFixtures.image("jpeg", 1400, 800), "depot.jpg", "library alt", "", "");
        ArticleDraft d = tagged(unique("Night trains return"), "Rail");
        d = new ArticleDraft(d.headline(), d.standfirst(), "<p>One.</p><aside data-related=\"" + target.id() + "\"></aside>",
                null, d.section(), d.bylines(), d.tags(), "VIENNA", d.access(),
                new Refs.LeadImage(photo.id(), "The first sleeper leaves.", "Photo: Desk", "A train at night"),
                null, null, null, null);
        Article a = publish(d);
        articles.addCorrection(a.id(), "An earlier version gave the wrong platform.");

        Answer answer = api().get("/api/content/articles/" + a.id());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("public",
                "max-age=" + site.browserMaxAge().toSeconds(), "s-maxage=" + site.sharedMaxAge().toSeconds());
        assertThat(answer.header("Set-Cookie")).isNull();
        JsonNode j = answer.json();
        assertThat(j.path("url").asString()).startsWith("https://news.example.org/europe/").endsWith("/" + a.slug());
        assertThat(j.path("headline").asString()).isEqualTo(a.headline());
        assertThat(j.path("standfirst").asString()).isEqualTo(a.standfirst());
        assertThat(j.path("body").asString()).contains("Also read:</span> " + target.headline(),
                "href=\"https://news.example.org/world/");
        assertThat(j.path("section").path("slug").asString()).isEqualTo("europe");
        assertThat(j.path("section").path("parent").asString()).isEqualTo("world");
        assertThat(j.path("tags").get(0).path("url").asString()).isEqualTo("https://news.example.org/tag/rail");
        assertThat(j.path("bylines").get(0).path("kind").asString()).isEqualTo("person");
        assertThat(j.path("bylines").get(1).path("kind").asString()).isEqualTo("desk");
        assertThat(j.path("bylines").get(1).path("url").asString()).isEqualTo("https://news.example.org/author/foreign-desk");
        assertThat(j.path("dateline").asString()).isEqualTo("VIENNA");
        assertThat(j.path("published").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+05:30");
        assertThat(j.path("updated").asString()).endsWith("+05:30");
        assertThat(j.path("corrections").get(0).path("text").asString()).startsWith("An earlier version");
        JsonNode lead = j.path("leadImage");
        assertThat(lead.path("alt").asString()).isEqualTo("A train at night");
        assertThat(lead.path("caption").asString()).isEqualTo("The first sleeper leaves.");
        assertThat(lead.path("credit").asString()).isEqualTo("Photo: Desk");
        assertThat(lead.path("url").asString()).startsWith("https://news.example.org/media/" + photo.id() + "/");
        List<Integer> widths = new ArrayList<>();
        lead.path("srcset").forEach(v -> widths.add(v.path("width").asInt()));
        assertThat(widths).containsExactly(320, 640, 960, 1280, 1400);
        assertThat(j.path("access").asString()).isEqualTo("free");

        assertThat(api().get("/api/content/articles/slug/" + a.slug()).body()).as("deterministic bytes").isEqualTo(answer.body());
    }

    @Test
    void meteredAndPremiumArticlesCarryNoBody() {
        String tag = unique("Gated");
        for (AccessLevel level : AccessLevel.values()) {
            ArticleDraft d = tagged(unique(level + " story"), tag);
            publish(new ArticleDraft(d.headline(), d.standfirst(), "<p>The " + level + " body, whole.</p>", null, d.section(),
                    d.bylines(), d.tags(), d.dateline(), level, null, null, null, null, null));
        }
        Answer list = api().get("/api/content/articles?tag=" + Slugs.of(tag));
        assertThat(list.body()).contains("The FREE body, whole.").doesNotContain("METERED body", "PREMIUM body");
        list.json().path("items").forEach(item -> {
            assertThat(item.path("standfirst").asString()).isNotBlank();
            assertThat(item.path("body").isNull()).isEqualTo(!item.path("access").asString().equals("free"));
        });
    }

    @Test
    void draftsScheduledAndUnpublishedArticlesAreNeverShownWhateverTheUrl() {
        Article draftOne = articles.create(tagged(unique("Secret draft"), "Hidden")).article();
        Article scheduled = articles.create(tagged(unique("Embargoed"), "Hidden")).article();
        articles.schedule(scheduled.id(), clock.instant().plus(Duration.ofHours(1)), null);
        Article withdrawn = publish(tagged(unique("Withdrawn"), "Hidden"));
        articles.unpublish(withdrawn.id(), null);

        for (Article a : List.of(draftOne, scheduled, withdrawn)) {
            assertThat(api().get("/api/content/articles/" + a.id()).status()).isEqualTo(404);
            Answer bySlug = api().get("/api/content/articles/slug/" + a.slug());
            assertThat(bySlug.status()).isEqualTo(404);
            assertThat(bySlug.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api().get("/api/content/articles?tag=hidden&limit=100").json().path("total").asLong()).isZero();
        String since = clock.instant().minus(Duration.ofMinutes(5)).toString();
        List<Long> ids = new ArrayList<>();
        api().get("/api/content/articles?limit=100&updated_since=" + since).json().path("items")
                .forEach(i -> ids.add(i.path("id").asLong()));
        assertThat(ids).doesNotContain(draftOne.id(), scheduled.id(), withdrawn.id());
    }

    @Test
    void filtersBySectionWithItsSubSectionsTagAuthorAndUpdatedSince() {
        String tag = unique("Canal Boats");
        Article a = publish(tagged(unique("Canal boats"), tag));
        String tagSlug = a.tags().get(0).slug();
        assertThat(ids("section=world&limit=100")).contains(a.id());
        assertThat(ids("tag=" + tagSlug)).containsExactly(a.id());
        assertThat(ids("tag=" + tagSlug + "&author=foreign-desk&section=europe")).containsExactly(a.id());
        assertThat(ids("tag=" + tagSlug + "&section=business")).isEmpty();
        String later = clock.instant().plus(Duration.ofMinutes(1)).toString();
        assertThat(ids("tag=" + tagSlug + "&updated_since=" + later)).isEmpty();

        Answer bad = api().get("/api/content/articles?section=atlantis&tag=nope&updated_since=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).isEqualTo("section, tag, updated_since");
        assertThat(api().get("/api/content/articles?page=0").fields()).isEqualTo("page");
        assertThat(api().get("/api/content/articles?limit=101").fields()).isEqualTo("limit");
        assertThat(api().get("/api/content/articles?limit=many").fields()).isEqualTo("limit");
    }

    private List<Long> ids(String query) {
        List<Long> ids = new ArrayList<>();
        api().get("/api/content/articles?" + query).json().path("items").forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    @Test
    void paginatedAnswersCarryTotalPagesAndLinks() {
        String tag = unique("Lighthouses");
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(0, publish(tagged(unique("Lighthouse " + i), tag)).id());
            clock.advance(Duration.ofSeconds(1));
        }
        String slug = org.masthead.content.Slugs.of(tag);
        JsonNode first = api().get("/api/content/articles?tag=" + slug + "&limit=2").json();
        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("pages").asInt()).isEqualTo(2);
        assertThat(first.path("page").asInt()).isEqualTo(1);
        assertThat(first.path("links").path("prev").isNull()).isTrue();
        String next = first.path("links").path("next").asString();
        assertThat(next).isEqualTo("https://news.example.org/api/content/articles?tag=" + slug + "&limit=2&page=2");
        JsonNode second = api().get(next.replace("https://news.example.org", "")).json();
        assertThat(second.path("items").get(0).path("id").asLong()).isEqualTo(made.get(2));
        assertThat(second.path("links").path("next").isNull()).isTrue();
        assertThat(second.path("links").path("prev").asString()).endsWith("page=1");
        assertThat(api().get("/api/content/articles?tag=" + slug + "&limit=2&page=3").json().path("items").size()).isZero();
    }

    @Test
    void listsSectionsTagsAndAuthorsAndFindsEachBySlug() {
        JsonNode sections = api().get("/api/content/sections").json();
        List<String> slugs = new ArrayList<>();
        sections.forEach(s -> slugs.add(s.path("slug").asString()));
        assertThat(slugs).contains("world", "europe");
        JsonNode europe = api().get("/api/content/sections/europe").json();
        assertThat(europe.path("parent").asString()).isEqualTo("world");
        assertThat(europe.path("url").asString()).isEqualTo("https://news.example.org/europe");

        JsonNode desk = api().get("/api/content/authors/foreign-desk").json();
        assertThat(desk.path("kind").asString()).isEqualTo("desk");
        assertThat(desk.path("url").asString()).isEqualTo("https://news.example.org/author/foreign-desk");
        assertThat(api().get("/api/content/authors").json().size()).isGreaterThan(1);

        publish(tagged(unique("Tagged once"), "Harbours"));
        assertThat(api().get("/api/content/tags/harbours").json().path("name").asString()).isEqualTo("Harbours");
        assertThat(api().get("/api/content/tags").json().size()).isGreaterThan(0);
        for (String missing : List.of("/api/content/sections/atlantis", "/api/content/tags/none-such",
                "/api/content/authors/nobody", "/api/content/articles/slug/no-such-article")) {
            Answer a = api().get(missing);
            assertThat(a.status()).as(missing).isEqualTo(404);
            assertThat(a.json().path("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void theContentApiIsReadOnly() {
        Article a = publish(draft(unique("Read only")));
        assertThat(api().send("DELETE", "/api/content/articles/" + a.id(), null, null).status()).isEqualTo(405);
        assertThat(api().post("/api/content/articles", "{}").status()).isEqualTo(405);
        assertThat(api().get("/api/content/articles/" + a.id()).status()).isEqualTo(200);
    }
}
