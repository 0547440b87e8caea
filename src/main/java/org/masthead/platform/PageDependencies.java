package org.masthead.platform;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a rendered response was made from, noted by the read paths themselves while a page renders, so a
 * page cache can drop exactly the pages a change affects. Modules that serve readers report what they read
 * ({@link #shows}) and which ordered listings they showed a window of ({@link #listed}); they know nothing
 * of caching. Outside a recording (jobs, the admin side) the calls do nothing.
 *
 * <p>Recording at the read path rather than in each controller means no page can forget a dependency:
 * rejected alternative was tagging in controllers, which a new "Also read" block or list would silently miss.
 */
public final class PageDependencies {

    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

    private PageDependencies() {
    }

    /**
     * What a response showed of a listing ordered newest first: its items down to {@code oldest},
     * {@code exhaustive} when it reached the end, {@code counted} when it showed the listing's size
     * ("page 2 of 5"), which any member joining or leaving changes.
     */
    public record Window(Instant oldest, boolean exhaustive, boolean counted) {

        Window widen(Window other) {
            Instant o = oldest == null || other.oldest == null ? null
                    : oldest.isBefore(other.oldest) ? oldest : other.oldest;
            return new Window(o, exhaustive || other.exhaustive, counted || other.counted);
        }

        /** Whether a member sorting at {@code at} joining, leaving or changing can change what was shown. */
        public boolean reaches(Instant at) {
            return counted || exhaustive || oldest == null || at == null || !at.isBefore(oldest);
        }
    }

    /** The dependencies of one response. */
    public static final class Recording implements AutoCloseable {
        private final Set<String> shown = new HashSet<>();
        private final Map<String, Window> listings = new HashMap<>();
        private Instant validUntil;
        private final Recording outer;

        private Recording(Recording outer) {
            this.outer = outer;
        }

        /** Keys like {@code article:42} for everything the response displayed or looked up. */
        public Set<String> shown() {
            return shown;
        }

        /** Listing scopes (e.g. {@code section:3}) and the window of each the response displayed. */
        public Map<String, Window> listings() {
            return listings;
        }

        /** When the response goes stale on its own (a time window moves on), or null. */
        public Instant validUntil() {
            return validUntil;
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Starts recording for the current thread; close the result when the response is complete. */
    public static Recording open() {
        Recording r = new Recording(CURRENT.get());
        CURRENT.set(r);
        return r;
    }

    public static void shows(String topic, long id) {
        Recording r = CURRENT.get();
        if (r != null) {
            r.shown.add(key(topic, id));
        }
    }

    public static void shows(String topic, Collection<Long> ids) {
        Recording r = CURRENT.get();
        if (r != null) {
            ids.forEach(id -> r.shown.add(key(topic, id)));
        }
    }

    public static void listed(String scope, Window window) {
        Recording r = CURRENT.get();
        if (r != null) {
            r.listings.merge(scope, window, Window::widen);
        }
    }

    /** The response shows something that changes by itself at {@code at} (e.g. an item leaving a time window). */
    public static void validUntil(Instant at) {
        Recording r = CURRENT.get();
        if (r != null && at != null && (r.validUntil == null || at.isBefore(r.validUntil))) {
            r.validUntil = at;
        }
    }

    public static String key(String topic, long id) {
        return topic + ":" + id;
    }
}
