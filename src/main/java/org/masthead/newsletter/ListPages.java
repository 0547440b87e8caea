package org.masthead.newsletter;

import org.masthead.platform.Form;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the newsletter list screens (/admin/newsletters). */
public final class ListPages {
    private ListPages() {
    }

    /** A list in the table; {@code subscribers} is a count, or says who an offers list goes to. */
    public record ListRow(long id, String name, String slug, String kind, String cadence, String audience,
                         String subscribers, boolean archived) { }

    public record ListsPage(StaffChrome chrome, List<NewsletterNavigation.Tab> tabs, List<ListRow> lists,
                            String notice) { }

    public record Option(String value, String label, boolean selected) { }

    /** A section to tick; {@code sub} for a sub-section, shown under its parent. */
    public record SectionOption(long id, String name, boolean sub, boolean checked) { }

    /**
     * The new-list or edit form. {@code id} is null for a new list; {@code kindFixed} once it exists (its kind
     * cannot change); {@code timeZone} names the zone send times are in.
     */
    public record FormPage(StaffChrome chrome, List<NewsletterNavigation.Tab> tabs, Long id, String title, String action,
                           Form form, List<Option> kinds, List<Option> cadences, List<Option> days,
                           List<Option> audiences, List<SectionOption> sections, boolean kindFixed, boolean archived,
                           String timeZone, String notice) { }

    /** Asks before archiving: who is on the list and what archiving does. */
    public record ArchivePage(StaffChrome chrome, List<NewsletterNavigation.Tab> tabs, long id, String name,
                              String subscribers) { }
}
