package org.masthead.newsletter;

import org.masthead.platform.Publication;
import org.masthead.platform.SigningKeys;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signed links every newsletter e-mail carries, so a recipient acts without signing in: one-click
 * unsubscribe from one list (RFC 8058: a POST unsubscribes at once, a GET shows the manage page) and "manage
 * all my newsletters". They do not expire: a link in an old e-mail must still work. They stop verifying only
 * after the signing key is rotated twice.
 */
@Component
public class NewsletterLinks {

    /** Whom a link is for: a member, and the list it unsubscribes from (null: a manage link). */
    public record Holder(long memberId, Long listId) { }

    static final String UNSUBSCRIBE_PATH = "/newsletters/unsubscribe/";
    static final String MANAGE_PATH = "/newsletters/manage/";
    private static final String UNSUBSCRIBE = "newsletter-unsubscribe";
    private static final String MANAGE = "newsletter-manage";
    private static final Pattern MEMBER_LIST = Pattern.compile("([0-9]{1,18})-([0-9]{1,18})");
    private static final Pattern MEMBER = Pattern.compile("[0-9]{1,18}");

    private final SigningKeys keys;
    private final Publication publication;

    NewsletterLinks(SigningKeys keys, Publication publication) {
        this.keys = keys;
        this.publication = publication;
    }

    /** The absolute https URL for List-Unsubscribe and the "unsubscribe" link of this list's e-mails. */
    public String unsubscribeUrl(long memberId, long listId) {
        return publication.absolute(UNSUBSCRIBE_PATH + keys.sign(UNSUBSCRIBE, memberId + "-" + listId));
    }

    /** The absolute URL of the member's "manage my newsletters" page. */
    public String manageUrl(long memberId) {
        return publication.absolute(MANAGE_PATH + keys.sign(MANAGE, Long.toString(memberId)));
    }

    /** Whom an unsubscribe token (the last path segment) is for; empty when forged or damaged. */
    public Optional<Holder> unsubscribeHolder(String token) {
        return keys.verify(UNSUBSCRIBE, token).map(MEMBER_LIST::matcher).filter(Matcher::matches)
                .map(m -> new Holder(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
    }

    /** Whom a manage token is for; empty when forged or damaged. */
    public Optional<Holder> manageHolder(String token) {
        return keys.verify(MANAGE, token).filter(p -> MEMBER.matcher(p).matches())
                .map(p -> new Holder(Long.parseLong(p), null));
    }
}
