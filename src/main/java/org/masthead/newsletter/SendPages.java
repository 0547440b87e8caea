package org.masthead.newsletter;

import org.masthead.newsletter.NewsletterNavigation.Tab;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the send screens ({@code /admin/newsletters/sends}); numbers arrive formatted. */
public final class SendPages {

    private SendPages() {
    }

    /** One send in the list; {@code stateClass} is its tag's look (info, warn, ok, bad). */
    public record Row(long id, String subject, String list, String state, String stateClass, String candidates,
                      String sent, String failed, String excluded, String started, String duration) { }

    public record SendsPage(StaffChrome chrome, List<Tab> tabs, List<Row> rows) { }

    /**
     * Where a send stands, for the page and for its JSON, which the page's script polls while it runs.
     *
     * @param percent    candidates with a final outcome, of all written so far
     * @param rate       messages a second lately ("42.5 a second"), or over the whole send once it ended
     * @param eta        how long the rest will take at that rate ("about 4 minutes"); empty when not running
     * @param invariant  "1,204 candidates = 1,180 sent + 4 failed + 20 excluded", with "+ n pending" while running
     * @param error      why it stopped or waits; empty when all is well
     */
    public record Progress(boolean running, String state, String stateClass, String candidates, String sent,
                           String failed, String excluded, String pending, String retrying, int percent, String rate,
                           String eta, String invariant, boolean balanced, String error) { }

    /** A reason and how many deliveries it explains. */
    public record Reason(String label, String count) { }

    /** A failed delivery, or one waiting to be tried again. */
    public record Failure(String address, String state, String reason, String detail, String attempts) { }

    /** {@code took}: from start to end, once ended. */
    public record SendPage(StaffChrome chrome, List<Tab> tabs, long id, String subject, String list, String startedBy,
                           String started, String finished, String took, Progress progress, List<Reason> failures,
                           List<Reason> exclusions, List<Reason> retries, List<Failure> failed, boolean resumable,
                           String notice) { }
}
