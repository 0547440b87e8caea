package org.masthead.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The publisher logo that structured data and feeds point at exists, and fits Google's publisher-logo box. */
@H2IntegrationTest
class PublisherLogoTests {

    @LocalServerPort int port;

    @Test
    void theLogoThatStructuredDataNamesAnswersWithACacheablePngWithinSixHundredBySixty() throws IOException {
        Http http = new Http(port);
        Document home = http.page("/");
        JsonNode org = StreamSupport.stream(JsonMapper.builder().build()
                        .readTree(home.selectFirst("script[type=application/ld+json]").data()).spliterator(), false)
                .filter(n -> n.get("@type").asString().equals("NewsMediaOrganization")).findFirst().orElseThrow();
        String url = org.get("logo").get("url").asString();
        assertThat(url).isEqualTo("https://news.example.org/assets/logo.png");

        HttpResponse<byte[]> r = http.getBytes("/assets/logo.png");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(r.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "max-age=");
        BufferedImage logo = ImageIO.read(new ByteArrayInputStream(r.body()));
        assertThat(logo.getWidth()).isBetween(1, 600);
        assertThat(logo.getHeight()).isBetween(1, 60);
        assertThat(r.body()).isEqualTo(Wordmark.png("The Test Herald"));
    }
}
