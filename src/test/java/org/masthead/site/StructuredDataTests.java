package org.masthead.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticlePaths;
import org.masthead.content.ArticleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.ContentFixtures.unique;

/** JSON-LD and social metadata, parsed as JSON and read like a search engine would. */
@H2IntegrationTest
class StructuredDataTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ArticleService articles;
    @Autowired ArticlePaths paths;

    @Test
    void articlesCarryNewsArticleAndBreadcrumbs() {
        Article a = articles.create(new ArticleDraft(unique("Desk and reporter </script><b>"), "Standfirst here.", "<p>Body.</p>",
                null, "europe", List.of("foreign-desk", "lena-varga"), List.of("Structured Probe"), "VIENNA",
                AccessLevel.METERED, null, null, null, null, null)).article();
        a = articles.publish(a.id(), null);
        Document page = new Http(port).page(paths.path(a));
        JsonNode graph = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        JsonNode news = find(graph, "NewsArticle");
        JsonNode crumbs = find(graph, "BreadcrumbList");

        assertThat(news.get("headline").asString()).isEqualTo(a.headline());
        assertThat(news.get("description").asString()).isEqualTo("Standfirst here.");
        assertThat(news.get("datePublished").asString()).isEqualTo(page.selectFirst(".dates time").attr("datetime"));
        assertThat(news.get("dateModified").asString()).isNotBlank();
        assertThat(news.get("author").get(0).get("@type").asString()).isEqualTo("Organization");
        assertThat(news.get("author").get(0).get("name").asString()).isEqualTo("Foreign Desk");
        assertThat(news.get("author").get(1).get("@type").asString()).isEqualTo("Person");
        assertThat(news.get("publisher").get("name").asString()).isEqualTo("The Test Herald");
        assertThat(news.get("publisher").get("logo").get("url").asString()).startsWith("https://news.example.org/");
        assertThat(news.get("articleSection").asString()).isEqualTo("Europe");
        assertThat(news.get("keywords").get(0).asString()).isEqualTo("Structured Probe");
        assertThat(news.get("isAccessibleForFree").asBoolean()).isFalse();
        assertThat(news.get("mainEntityOfPage").get("@id").asString()).isEqualTo("https://news.example.org" + paths.path(a));
        assertThat(crumbs.get("itemListElement")).extracting(n -> n.get("name").asString())
                .containsExactly("The Test Herald", "World", "Europe", a.headline());
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).doesNotContain("</script>");

        assertThat(page.selectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo("https://news.example.org" + paths.path(a));
        assertThat(page.selectFirst("meta[name=twitter:card]")).isNotNull();
        assertThat(page.selectFirst("meta[property=article:published_time]").attr("content")).endsWith("+05:30");
    }

    @Test
    void demoArticlesWithLeadImagesGiveAnAbsoluteImage() {
        Document home = new Http(port).page("/");
        String href = home.selectFirst(".top-stories .lead .card-headline a").attr("href");
        Document page = new Http(port).page(href);
        JsonNode news = find(JSON.readTree(page.selectFirst("script[type=application/ld+json]").data()), "NewsArticle");
        assertThat(news.get("image").get(0).asString()).startsWith("https://news.example.org/media/");
        assertThat(page.selectFirst("meta[property=og:image]").attr("content")).startsWith("https://news.example.org/media/");
    }

    @Test
    void homePageDescribesThePublisher() {
        Document home = new Http(port).page("/");
        JsonNode org = find(JSON.readTree(home.selectFirst("script[type=application/ld+json]").data()), "NewsMediaOrganization");
        assertThat(org.get("name").asString()).isEqualTo("The Test Herald");
        assertThat(org.get("url").asString()).isEqualTo("https://news.example.org/");
    }

    private static JsonNode find(JsonNode graph, String type) {
        return StreamSupport.stream(graph.spliterator(), false)
                .filter(n -> n.get("@type").asString().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + graph));
    }
}
