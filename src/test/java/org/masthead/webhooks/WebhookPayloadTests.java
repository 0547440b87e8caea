package org.masthead.webhooks;

import org.junit.jupiter.api.Test;
import org.masthead.webhooks.ArticleWebhooks.ArticleData;
import org.masthead.webhooks.WebhookQueue.Envelope;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The payload is a contract with receivers: its exact shape, nulls included. */
class WebhookPayloadTests {

    @Test
    void writesTheEnvelopeWithTheArticleUnderData() {
        ArticleData article = new ArticleData(42, "https://news.example.org/world/2026/11/30/harbour", "Harbour reopens",
                "world", Instant.parse("2026-11-30T02:59:00Z"), null, "metered");
        String json = WebhookQueue.payload(new Envelope("4f1c", "article.published", Instant.parse("2026-11-30T03:00:00Z"),
                Map.of("article", article)));
        assertThat(json).isEqualTo("""
                {"id":"4f1c","type":"article.published","created":"2026-11-30T03:00:00Z","data":{"article":\
                {"id":42,"url":"https://news.example.org/world/2026/11/30/harbour","headline":"Harbour reopens",\
                "section":"world","published":"2026-11-30T02:59:00Z","updated":null,"access":"metered"}}}""");
    }
}
