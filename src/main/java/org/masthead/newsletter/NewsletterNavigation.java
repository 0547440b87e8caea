package org.masthead.newsletter;

import org.masthead.staff.Permission;
import org.masthead.staff.StaffChrome;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The newsletter screens in the staff navigation (one entry), and the tabs across the top of each of them,
 * showing only those the staff member's role opens. {@code /admin/newsletters} is the lists; it sends those
 * who may not manage lists on to the issues.
 */
@Component
public class NewsletterNavigation implements StaffChrome.Navigation {

    /** A tab of the newsletter screens. */
    public record Tab(String href, String label, boolean current) { }

    private record Entry(String key, String href, String label, Permission needs) { }

    private static final List<Entry> TABS = List.of(
            new Entry("issues", "/admin/newsletters/issues", "Issues", Permission.SEND_NEWSLETTERS),
            new Entry("sends", "/admin/newsletters/sends", "Sends", Permission.SEND_NEWSLETTERS),
            new Entry("lists", "/admin/newsletters", "Newsletters", Permission.MANAGE_NEWSLETTERS),
            new Entry("suppressions", "/admin/newsletters/suppressions", "Suppressed addresses",
                    Permission.MANAGE_NEWSLETTERS));

    @Override
    public List<StaffChrome.NavItem> items() {
        return List.of(new StaffChrome.NavItem("/admin/newsletters", "Newsletters", Permission.SEND_NEWSLETTERS, 60));
    }

    /** The tabs {@code me} may open, {@code current} ("issues", "sends", "lists", "suppressions") marked. */
    public static List<Tab> tabs(StaffUser me, String current) {
        return TABS.stream().filter(t -> me.can(t.needs()))
                .map(t -> new Tab(t.href(), t.label(), t.key().equals(current))).toList();
    }
}
