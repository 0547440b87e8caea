package org.masthead.site;

import org.masthead.platform.Form;
import org.masthead.site.Views.Chrome;
import org.masthead.site.Views.Meta;

import java.util.List;

/** View records of the reader's newsletter parts: the article page's sign-up box, the account panel, their pages. */
public final class NewsletterPages {
    private NewsletterPages() {
    }

    /**
     * The sign-up box of an article page, part of the cached page: the same for everyone. {@code wording} is the
     * consent wording the form shows and sends back by id; page script turns the box into a one-click button for
     * signed-in readers.
     */
    public record Box(long listId, String name, String description, String cadence, long wordingId, String wording) { }

    /** A list as a reader may choose it; {@code refusal} says why they may not join, empty when they may. */
    public record Item(long listId, String name, String description, String cadence, boolean subscribed,
                       String refusal) { }

    /** The account page's Newsletters section; {@code error} when a change was just refused. */
    public record Panel(List<Item> items, String error) { }

    /** The sign-up page of one list: where a box's form lands without script when something was wrong. */
    public record SignUpPage(Chrome chrome, Meta meta, Box box, Form form) { }

    /**
     * "Manage my newsletters", opened from a signed link without signing in. {@code action} is where its forms
     * post (the manage link itself); {@code highlight} is the news list the reader's link came from, shown first,
     * or null; {@code offersHighlighted} when the link came from an offers mailing.
     */
    public record ManagePage(Chrome chrome, Meta meta, String maskedEmail, String action, Item highlight,
                             List<Item> items, ReaderPages.ConsentItem offers, boolean offersHighlighted,
                             String notice) { }
}
