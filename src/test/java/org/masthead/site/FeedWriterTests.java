package org.masthead.site;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** RssFeed and AtomFeed alone, on the awkward entries a newsroom produces. */
class FeedWriterTests {

    private static final Instant PUBLISHED = Instant.parse("2026-11-24T12:35:09Z");

    @Test
    void longHeadlinesControlCharactersAndBareEntriesStillMakeFeedsThatParse() throws Exception {
        String headline = "A very long headline about ferries, trams & tolls \u0007 ".repeat(6).strip();
        FeedModel.Entry bare = new FeedModel.Entry("tag:news.example.org,2026-11-24:article:1",
                "https://news.example.org/world/2026/11/24/bare", headline, "", null, PUBLISHED, PUBLISHED,
                List.of(), List.of("World"), null);
        FeedModel feed = new FeedModel("The Herald & Co \u0001", "", "https://news.example.org/",
                "https://news.example.org/rss.xml", "https://news.example.org/atom.xml", "en-GB",
                "https://news.example.org/assets/logo.png", new FeedModel.Person("The Herald", "https://news.example.org/"),
                PUBLISHED, List.of(bare));

        for (byte[] xml : List.of(RssFeed.write(feed), AtomFeed.write(feed))) {
            String text = new String(xml, StandardCharsets.UTF_8);
            Document dom = Xml.parse(text);
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(text));
            SyndEntry entry = parsed.getEntries().get(0);
            assertThat(parsed.getTitle().strip()).isEqualTo("The Herald & Co");
            assertThat(entry.getTitle().strip()).isEqualTo(headline.replace("\u0007", "").strip()).hasSizeGreaterThan(300);
            assertThat(entry.getPublishedDate().toInstant()).isEqualTo(PUBLISHED);
            assertThat(entry.getContents()).isEmpty();
            assertThat(entry.getEnclosures()).isEmpty();
            assertThat(dom.getDocumentElement().getLocalName()).isIn("rss", "feed");
        }
    }
}
