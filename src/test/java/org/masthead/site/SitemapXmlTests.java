package org.masthead.site;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sitemap writer alone: what it writes is well-formed, escaped and valid against the schemas. */
class SitemapXmlTests {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Instant AT = Instant.parse("2026-11-24T12:35:09.123456Z");

    @Test
    void newsTitlesWithMarkupAndControlCharactersStayTextAndTheDocumentStaysValid() {
        String title = "Fish & chips <script>alert(1)</script> \u0001\u0008\"quoted\" 🐟";
        byte[] xml = SitemapXml.news(List.of(new SitemapXml.NewsUrl("https://news.example.org/world/a?x=1&y=2", title, AT)),
                "Herald & Sons", "en", KOLKATA);
        Document doc = Xml.parse(new String(xml, StandardCharsets.UTF_8));
        Xml.validateSitemap(doc);

        Element news = Xml.all(doc, SitemapXml.NEWS, "news").get(0);
        assertThat(Xml.text(news, SitemapXml.NEWS, "title")).isEqualTo("Fish & chips <script>alert(1)</script> \"quoted\" 🐟");
        assertThat(Xml.all(doc, SitemapXml.SITEMAP, "loc").get(0).getTextContent())
                .isEqualTo("https://news.example.org/world/a?x=1&y=2");
        assertThat(Xml.all(doc, SitemapXml.NEWS, "name").get(0).getTextContent()).isEqualTo("Herald & Sons");
        assertThat(Xml.text(news, SitemapXml.NEWS, "publication_date")).isEqualTo("2026-11-24T18:05:09+05:30");
        assertThat(Xml.all(doc, "http://www.w3.org/1999/xhtml", "script")).isEmpty();
    }

    @Test
    void urlsetsAndIndexesAreValidWithAndWithoutLastmod() {
        List<SitemapXml.Url> urls = List.of(new SitemapXml.Url("https://news.example.org/", null),
                new SitemapXml.Url("https://news.example.org/world", AT));
        Document set = Xml.parse(new String(SitemapXml.urlset(urls, KOLKATA), StandardCharsets.UTF_8));
        Document index = Xml.parse(new String(SitemapXml.index(urls, ZoneId.of("UTC")), StandardCharsets.UTF_8));
        Xml.validateSitemap(set);
        Xml.validateSitemap(index);

        assertThat(set.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(Xml.all(set, SitemapXml.SITEMAP, "lastmod")).extracting(Element::getTextContent)
                .containsExactly("2026-11-24T18:05:09+05:30");
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(Xml.all(index, SitemapXml.SITEMAP, "lastmod")).extracting(Element::getTextContent)
                .containsExactly("2026-11-24T12:35:09Z");
    }

    @Test
    void theSchemasRejectWhatTheProtocolForbids() {
        String noZone = """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/</loc>\
                <lastmod>2026-11-24T12:35:09</lastmod></url></urlset>""";
        String relative = """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/world</loc></url></urlset>""";
        String badLanguage = """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\
                <url><loc>https://a.example/x</loc><news:news><news:publication><news:name>A</news:name>\
                <news:language>en-GB</news:language></news:publication>\
                <news:publication_date>2026-11-24</news:publication_date><news:title>T</news:title></news:news></url></urlset>""";
        for (String bad : List.of(noZone, relative, badLanguage)) {
            assertThatThrownBy(() -> Xml.validateSitemap(Xml.parse(bad))).as(bad).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void theParserRefusesExternalEntities() {
        String xxe = """
                <?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url></urlset>""";
        assertThatThrownBy(() -> Xml.parse(xxe)).isInstanceOf(AssertionError.class).hasMessageContaining("DOCTYPE");
    }
}
