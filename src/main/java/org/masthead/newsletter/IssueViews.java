package org.masthead.newsletter;

import org.masthead.content.AccessLevel;
import org.masthead.content.Refs;
import org.masthead.newsletter.IssueMails.Frame;
import org.masthead.newsletter.IssueMails.Picture;
import org.masthead.newsletter.IssueMails.Story;
import org.masthead.paywall.EmailAccess;
import org.masthead.platform.ImageLinks;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The parts of the issue e-mails' view records that come from the paper and its articles: the frame (logo,
 * footer, why the reader gets it) and stories with absolute links and pictures. A story's label and the frame's
 * subscribe box depend on the variant: {@code subscriber} true builds what entitled readers get.
 */
@Component
class IssueViews {

    /** Pictures are asked for at most this wide: sharp at the column's width on high-density screens. */
    static final int PICTURE_WIDTH = 1200;
    private static final int LOGO_HEIGHT = 44;
    private static final int LOGO_MAX_WIDTH = 400;

    private final Publication publication;
    private final ImageLinks images;
    private final DigestProperties props;

    IssueViews(Publication publication, ImageLinks images, DigestProperties props) {
        this.publication = publication;
        this.images = images;
        this.props = props;
    }

    Frame frame(NewsletterList list, String subject, String preheader, String dateLine, boolean gated) {
        String site = publication.absolute("/");
        String host = URI.create(site).getAuthority();
        String reason = list.kind() == ListKind.OFFERS
                ? "You receive this because you asked " + publication.name() + " for early access, discounts and offers."
                : "You receive " + list.name() + " because you subscribed to it at " + host + ".";
        return new Frame(publication.language(), subject, preheader, publication.name(), site, host, logo(),
                list.name(), dateLine, reason, IssueContent.UNSUBSCRIBE_URL, IssueContent.MANAGE_URL,
                props.postalAddress().strip(), gated ? publication.absolute("/subscribe") : null);
    }

    /**
     * An article as a story of the {@code subscriber} variant; {@code picture}: show its lead picture. A story
     * the variant's readers cannot read whole is labelled, in the paywall's words.
     */
    Story story(String path, Refs.SectionRef section, String headline, String standfirst, AccessLevel access,
                Instant published, Refs.LeadImage lead, boolean subscriber, boolean picture) {
        String label = access == AccessLevel.PREMIUM && !EmailAccess.wholeText(subscriber, access) ? "Subscribers" : "";
        return new Story(publication.absolute(path), headline, standfirst == null ? "" : standfirst, section.name(),
                published == null ? "" : time(published), label, picture ? picture(lead, headline) : null);
    }

    /** "Monday 30 November 2026" in the paper's zone and language. */
    String date(Instant at) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", publication.locale()).withZone(publication.timeZone())
                .format(at);
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofPattern("d MMMM, HH:mm zzz", publication.locale()).withZone(publication.timeZone())
                .format(at);
    }

    private Picture picture(Refs.LeadImage lead, String headline) {
        if (lead == null) {
            return null;
        }
        return images.link(lead.mediaId(), PICTURE_WIDTH).map(l -> {
            int width = Math.min(l.width(), MailBody.COLUMN);
            int height = Math.round((float) l.height() * width / l.width());
            String alt = lead.alt() == null || lead.alt().isBlank() ? headline : lead.alt();
            return new Picture(publication.absolute(l.path()), width, height, alt);
        }).orElse(null);
    }

    private Picture logo() {
        return publication.logo().map(l -> {
            int width = Math.min(LOGO_MAX_WIDTH, Math.round((float) l.width() * LOGO_HEIGHT / l.height()));
            int height = Math.round((float) l.height() * width / l.width());
            return new Picture(publication.absolute(l.path()), width, height, publication.name());
        }).orElse(null);
    }
}
