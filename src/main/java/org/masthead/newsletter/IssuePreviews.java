package org.masthead.newsletter;

import org.masthead.mail.MailService;
import org.masthead.mail.OutgoingMail;
import org.masthead.newsletter.IssuePages.Preview;
import org.masthead.newsletter.IssuePages.Variant;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * An issue as staff check it before and after sending: on screen, and as a test to their own address through
 * the mail outbox (kept there when no SMTP server is set). Both show the recipient's links as the reader's
 * account page, since staff are not on the list.
 */
@Component
class IssuePreviews {

    static final String TEST_PREFIX = "[Test] ";

    private final MailService mail;
    private final Publication publication;

    IssuePreviews(MailService mail, Publication publication) {
        this.mail = mail;
        this.publication = publication;
    }

    Preview of(IssueContent c) {
        List<Variant> variants = new ArrayList<>();
        if (same(c)) {
            variants.add(new Variant("What every reader gets", links(c.htmlFull()), links(c.textFull())));
        } else {
            variants.add(new Variant("What subscribers get", links(c.htmlFull()), links(c.textFull())));
            variants.add(new Variant("What other readers get", links(c.htmlExcerpt()), links(c.textExcerpt())));
        }
        return new Preview(c.subject(), List.copyOf(variants));
    }

    /** Sends each distinct variant to {@code to}, subject marked as a test; returns how many messages. */
    @Transactional
    int sendTest(IssueContent c, String to) {
        mail.send(new OutgoingMail(to, TEST_PREFIX + c.subject(), links(c.textFull()), links(c.htmlFull()),
                "newsletter-test"));
        if (same(c)) {
            return 1;
        }
        mail.send(new OutgoingMail(to, TEST_PREFIX + "(other readers) " + c.subject(), links(c.textExcerpt()),
                links(c.htmlExcerpt()), "newsletter-test"));
        return 2;
    }

    private static boolean same(IssueContent c) {
        return c.htmlFull().equals(c.htmlExcerpt()) && c.textFull().equals(c.textExcerpt());
    }

    private String links(String part) {
        String account = publication.absolute("/account");
        return part.replace(IssueContent.UNSUBSCRIBE_URL, account).replace(IssueContent.MANAGE_URL, account);
    }
}
