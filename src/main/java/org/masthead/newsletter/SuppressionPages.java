package org.masthead.newsletter;

import org.masthead.newsletter.NewsletterNavigation.Tab;
import org.masthead.platform.Form;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the suppressed addresses screen ({@code /admin/newsletters/suppressions}). */
public final class SuppressionPages {

    private SuppressionPages() {
    }

    /** {@code lifted}: "Re-enabled … by …", empty while the address is suppressed. */
    public record Row(long id, String address, String reason, String reasonClass, String detail, String since,
                      boolean active, String lifted) { }

    /** {@code query}: what the search box holds; {@code form}: the add-by-hand form as typed. */
    public record SuppressionsPage(StaffChrome chrome, List<Tab> tabs, String query, List<Row> rows, boolean more,
                                   Form form, String notice) { }
}
