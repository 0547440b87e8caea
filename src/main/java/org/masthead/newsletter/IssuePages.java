package org.masthead.newsletter;

import org.masthead.newsletter.NewsletterNavigation.Tab;
import org.masthead.platform.Form;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the issue screens (/admin/newsletters/issues/…). */
public final class IssuePages {
    private IssuePages() {
    }

    /** A stored issue in the list; {@code send} is its send's state in words, {@code sendHref} its report (or null). */
    public record IssueRow(long id, String subject, String list, String kind, String when, String send, String sendHref) { }

    /** A digest period that made no issue: skipped (nothing new) or failed (tried again). */
    public record QuietPeriod(String list, String period, String outcome, String note, String when) { }

    /** A digest list, with when it goes out and what feeds it. */
    public record DigestList(long id, String name, String schedule, String sections) { }

    public record IssuesPage(StaffChrome chrome, List<Tab> tabs, List<IssueRow> issues, List<QuietPeriod> quiet,
                             List<DigestList> digests) { }

    /** One variant as a recipient would see it: the HTML for a sandboxed frame, and the text part. */
    public record Variant(String title, String html, String text) { }

    /** An issue's variants: one when every reader gets the same, else subscribers' first. */
    public record Preview(String subject, List<Variant> variants) { }

    public record Option(String value, String label, boolean selected) { }

    /** A published article offered for a breaking issue. */
    public record Pick(long id, String headline, String detail, boolean selected) { }

    /** The question before sending: to which list, how many recipients now. */
    public record Confirm(String list, long recipients, String subject) { }

    /** A typed value the confirmation carries on to the send. */
    public record Hidden(String name, String value) { }

    /**
     * The composer. {@code q}: the words the article list was searched for (empty: the newest); {@code preview}
     * and {@code confirm} are null until asked for; {@code key} is the form's own key, so a double send stores one
     * issue; {@code carried} holds every typed field for the confirmation's form.
     */
    public record ComposePage(StaffChrome chrome, List<Tab> tabs, Form form, String key, List<Option> lists,
                              String q, List<Pick> articles, List<Hidden> carried, Preview preview, Confirm confirm,
                              String notice) { }

    /** A stored issue. {@code covers}: a digest's window, else empty. */
    public record IssuePage(StaffChrome chrome, List<Tab> tabs, long id, String subject, String list, String kind,
                            String when, String covers, List<String> articles, Preview preview, String notice) { }

    /** The next digest of a list as it would be made now; {@code preview} null when nothing is new. */
    public record DigestPage(StaffChrome chrome, List<Tab> tabs, long listId, String list, String schedule,
                             String window, int stories, Preview preview, Confirm confirm, String notice) { }
}
