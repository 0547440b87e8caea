package org.masthead.site;

import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** robots.txt as a crawler reads it: what it may crawl, and where the sitemaps are. */
@H2IntegrationTest
class RobotsTests {

    @LocalServerPort int port;

    @Test
    void allowsTheSiteKeepsCrawlersOutOfTheNewsroomAndNamesTheSitemapsAbsolutely() {
        Http http = new Http(port);
        HttpResponse<String> r = http.get("/robots.txt");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(r.headers().firstValue("Content-Type").orElseThrow()))
                .isEqualTo(MediaType.parseMediaType("text/plain; charset=UTF-8"));
        assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
        List<String> lines = r.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("User-agent: *");
        assertThat(lines).contains("Allow: /", "Disallow: /admin/", "Disallow: /api/admin/");
        List<String> sitemaps = lines.stream().filter(l -> l.startsWith("Sitemap: ")).map(l -> l.substring(9)).toList();
        assertThat(sitemaps).containsExactly(Crawl.BASE + "/sitemap.xml", Crawl.BASE + "/sitemaps/news.xml");
        for (String sitemap : sitemaps) {
            new Crawl(port).ok(sitemap);
        }
    }
}
