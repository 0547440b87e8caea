package org.masthead.admin;

import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the admin module's screens. */
public final class AdminPages {
    private AdminPages() {
    }

    /** One line of a dashboard list: a headline, where it goes, and the time that matters for that list. */
    public record Item(String headline, String href, String time, String section) { }

    /** {@code reviewsAll}: the review list holds everyone's submissions (editors), not only one's own. */
    public record DashboardPage(StaffChrome chrome, String greeting, List<Item> myDrafts, List<Item> awaitingReview,
                                boolean reviewsAll, List<Item> scheduled, List<Item> published, Readership readership) { }

    /** A most-read line; {@code bar} is its length in percent of the first. */
    public record ReadRow(String headline, String href, long views, int bar) { }

    /** One hour's bar of the chart, in SVG units; {@code label} under every sixth. */
    public record Bar(int x, int y, int width, int height, String title, String label) { }

    public record Chart(int width, int height, List<Bar> bars, long total) { }

    public record Readership(List<ReadRow> day, List<ReadRow> week, Chart hourly) { }

    public record OutboxRow(long id, String to, String subject, String kind, String status, String created,
                            int attempts, String lastError) { }

    public record OutboxPage(StaffChrome chrome, boolean delivering, List<OutboxRow> messages) { }

    /** One message as it was accepted; {@code links} are the addresses in its text, to follow from here. */
    public record MessagePage(StaffChrome chrome, String to, String subject, String kind, String status,
                              String created, String sent, int attempts, String lastError, String messageId,
                              String text, List<String> links) { }
}
