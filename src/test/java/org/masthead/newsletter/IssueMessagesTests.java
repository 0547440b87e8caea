package org.masthead.newsletter;

import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.mail.BulkMessage;
import org.masthead.platform.Publication;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One recipient's message: their variant, their links, and the unsubscribe headers, with and without a mailto. */
@H2IntegrationTest
class IssueMessagesTests {

    private static final NewsletterList LIST = new NewsletterList(7, "morning", "Morning", "", ListKind.NEWS,
            Cadence.DAILY, LocalTime.of(6, 0), null, "Morning Desk", "morning@news.example.org", "desk@news.example.org",
            Audience.EVERYONE, List.of(), false);
    private static final IssueContent ISSUE = new IssueContent(3, 7, "DIGEST", "2026-11-30", "Today", "Pre",
            "<a href=\"" + IssueContent.UNSUBSCRIBE_URL + "\">whole</a>", "whole " + IssueContent.MANAGE_URL,
            "<a href=\"" + IssueContent.UNSUBSCRIBE_URL + "\">excerpt</a>", "excerpt " + IssueContent.MANAGE_URL,
            Instant.parse("2026-11-30T00:30:00Z"));

    @Autowired NewsletterLinks links;
    @Autowired Publication publication;

    @Test
    void carriesTheRecipientsVariantLinksAndHeaders() {
        BulkMessage m = messages("").message(ISSUE, LIST, new Recipients.Recipient(99, 42, "ann@example.org", 0, true),
                Instant.parse("2026-11-30T06:00:00Z"));
        String unsubscribe = links.unsubscribeUrl(42, 7);
        assertThat(m.html()).isEqualTo("<a href=\"" + unsubscribe + "\">whole</a>");
        assertThat(m.text()).isEqualTo("whole " + links.manageUrl(42));
        assertThat(m.listUnsubscribe()).containsExactly(unsubscribe);
        assertThat(m).extracting(BulkMessage::oneClick, BulkMessage::listId, BulkMessage::messageId, BulkMessage::replyTo)
                .containsExactly(true, "morning.news.example.org", "<newsletter-99@news.example.org>", "desk@news.example.org");
    }

    @Test
    void addsAMailtoAfterTheHttpsLinkWhenAnAddressTakesUnsubscribes() {
        BulkMessage m = messages("unsubscribe@news.example.org").message(ISSUE, LIST,
                new Recipients.Recipient(99, 42, "ann@example.org", 0, false), Instant.now());
        String unsubscribe = links.unsubscribeUrl(42, 7);
        assertThat(m.html()).contains("excerpt");
        assertThat(m.listUnsubscribe()).containsExactly(unsubscribe, "mailto:unsubscribe@news.example.org?subject=unsubscribe%20"
                + unsubscribe.substring(unsubscribe.lastIndexOf('/') + 1));
    }

    private IssueMessages messages(String mailto) {
        return new IssueMessages(links, publication, SendFixtures.properties(50, mailto));
    }
}
