package org.masthead.newsletter;

import org.masthead.mail.BulkMessage;
import org.masthead.newsletter.Recipients.Recipient;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * An issue as one recipient gets it: the variant they are entitled to, their own unsubscribe and manage links in
 * place of the placeholders (base64url tokens: nothing to escape in HTML or text), and the headers that let a mail
 * client unsubscribe them in one click (RFC 8058: an https List-Unsubscribe, plus a mailto when an address for
 * that is configured, and List-Unsubscribe-Post).
 */
@Component
class IssueMessages {

    private final NewsletterLinks links;
    private final Publication publication;
    private final NewsletterProperties props;

    IssueMessages(NewsletterLinks links, Publication publication, NewsletterProperties props) {
        this.links = links;
        this.publication = publication;
        this.props = props;
    }

    BulkMessage message(IssueContent issue, NewsletterList list, Recipient r, Instant now) {
        String unsubscribe = links.unsubscribeUrl(r.memberId(), list.id());
        String manage = links.manageUrl(r.memberId());
        String html = fill(r.wholeText() ? issue.htmlFull() : issue.htmlExcerpt(), unsubscribe, manage);
        String text = fill(r.wholeText() ? issue.textFull() : issue.textExcerpt(), unsubscribe, manage);
        List<String> listUnsubscribe = props.unsubscribeMailto().isBlank() ? List.of(unsubscribe)
                : List.of(unsubscribe, "mailto:" + props.unsubscribeMailto().strip() + "?subject=unsubscribe%20"
                        + unsubscribe.substring(unsubscribe.lastIndexOf('/') + 1));
        String host = URI.create(publication.baseUrl()).getHost();
        return new BulkMessage(r.address(), list.senderAddress(), list.senderName(), list.replyTo(), issue.subject(),
                text, html, "<newsletter-" + r.deliveryId() + "@" + host + ">", now, listUnsubscribe, true,
                list.slug() + "." + host);
    }

    private static String fill(String part, String unsubscribe, String manage) {
        return part.replace(IssueContent.UNSUBSCRIBE_URL, unsubscribe).replace(IssueContent.MANAGE_URL, manage);
    }
}
