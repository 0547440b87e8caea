package org.masthead.newsletter;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** How often a list goes out, in words: for the newsroom (with its local time) and for readers. */
public final class Cadences {

    private Cadences() {
    }

    /** "Daily at 06:30", "Weekly, Mondays at 07:00", "Manual"; times in the paper's zone. */
    public static String summary(NewsletterList l) {
        if (l.cadence() == Cadence.DAILY) {
            return "Daily at " + l.sendTime();
        }
        if (l.cadence() == Cadence.WEEKLY) {
            return "Weekly, " + day(l.sendDay()) + "s at " + l.sendTime();
        }
        return "Manual";
    }

    /** "Every day", "Every Monday", "Now and then": what a reader needs to decide. */
    public static String forReaders(NewsletterList l) {
        if (l.cadence() == Cadence.DAILY) {
            return "Every day";
        }
        if (l.cadence() == Cadence.WEEKLY) {
            return "Every " + day(l.sendDay());
        }
        return l.kind() == ListKind.OFFERS ? "When we have an offer" : "Now and then, when news breaks";
    }

    static String day(DayOfWeek d) {
        return d == null ? "" : d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
