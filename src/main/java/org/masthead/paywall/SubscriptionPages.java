package org.masthead.paywall;

import org.masthead.platform.Form;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the subscribers screen (/admin/subscriptions). */
public final class SubscriptionPages {
    private SubscriptionPages() {
    }

    /** One subscription; {@code stateClass} is the tag's look (ok, warn, bad or plain). */
    public record Row(long id, long memberId, String plan, String source, String state, String stateClass,
                      String until, String detail, boolean endable) { }

    /**
     * {@code member}: what was typed in the find box; {@code heading}: what the list shows ("Member 12 ·
     * ann@example.org"); {@code unknown}: nobody holds that number or address.
     */
    public record SubscribersPage(StaffChrome chrome, List<Row> rows, String member, String heading, boolean unknown,
                                  Form form, List<PlanPages.Option> plans, String today, String notice) { }
}
