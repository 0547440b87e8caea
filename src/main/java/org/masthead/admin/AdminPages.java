package org.masthead.admin;

import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the admin module's screens. */
public final class AdminPages {
    private AdminPages() {
    }

    /** One line of a dashboard list: a headline, where it goes, and the time that matters for that list. */
    public record Item(String headline, String href, String time, String section) { }

    public record DashboardPage(StaffChrome chrome, String greeting, List<Item> scheduled, List<Item> published,
                                List<Item> drafts, boolean seesAllDrafts) { }
}
