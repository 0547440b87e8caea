package org.masthead.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Home, section, tag and author pages over real HTTP, on the demo newsroom. */
@H2IntegrationTest
class ListingPageTests {

    @LocalServerPort int port;
    @Autowired ArticleService articles;

    @Test
    void homePageLeadsWithAStoryAndListsSectionsAndLatest() {
        Document home = new Http(port).page("/");
        assertThat(home.selectFirst(".top-stories .lead .card-headline a")).isNotNull();
        assertThat(home.select(".section-block h2")).extracting(Element::text).contains("World", "Business", "Sport");
        assertThat(home.select("nav.sections a")).extracting(Element::text).contains("World", "Politics", "Science");
        assertThat(home.select(".latest li")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(home.selectFirst("script[type=application/ld+json]").data()).contains("NewsMediaOrganization");
        assertThat(home.selectFirst("a.skip").attr("href")).isEqualTo("#main");
        assertThat(home.selectFirst("main#main")).isNotNull();
        assertThat(home.select("img").stream().allMatch(i -> i.hasAttr("alt"))).isTrue();
    }

    @Test
    void sectionPagesIncludeSubSectionsAndPaginate() {
        // Stories of its own: other tests in this shared context publish World stories that push the demo's off page 1.
        for (String sub : new String[]{"europe", "asia"}) {
            ContentFixtures.published(articles, ContentFixtures.withSection(ContentFixtures.draft(ContentFixtures.unique("In " + sub)), sub));
        }
        Http http = new Http(port);
        Document world = http.page("/world");
        assertThat(world.selectFirst("h1").text()).isEqualTo("World");
        assertThat(world.select(".subsections a")).extracting(Element::text).contains("Europe", "Asia");
        assertThat(world.select(".listing .kicker")).extracting(Element::text).contains("Europe", "Asia");

        Document all = http.page("/tag/transport");
        assertThat(all.selectFirst("h1").text()).isEqualToIgnoringCase("transport");
        assertThat(http.get("/world?page=999").statusCode()).isEqualTo(404);
    }

    @Test
    void authorAndDeskPagesShowTheBioAndTheirArticles() {
        Http http = new Http(port);
        Document desk = http.page("/author/foreign-desk");
        assertThat(desk.selectFirst(".kicker").text()).isEqualTo("Desk");
        assertThat(desk.selectFirst(".listing-description").text()).contains("foreign desk");
        assertThat(desk.select(".listing article")).isNotEmpty();
        Document person = http.page("/author/lena-varga");
        assertThat(person.selectFirst(".job-title").text()).isEqualTo("Europe correspondent");
        var portrait = person.selectFirst(".listing-header img.portrait");
        assertThat(portrait.attr("alt")).isEqualTo("Portrait of Lena Varga");
        var image = http.getBytes(portrait.attr("src"));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("content-type")).contains("image/jpeg");
        assertThat(desk.selectFirst(".listing-header img.portrait")).as("desks have no face").isNull();
    }

    @Test
    void unknownPagesAnswer404WithTheSiteErrorPage() {
        Http http = new Http(port);
        var r = http.get("/no-such-section");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Page not found").contains("The Test Herald");
        assertThat(http.get("/tag/nope").statusCode()).isEqualTo(404);
        assertThat(http.get("/a/b/c").statusCode()).isEqualTo(404);
    }
}
