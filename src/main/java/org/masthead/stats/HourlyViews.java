package org.masthead.stats;

import java.time.Instant;

/** Views in the UTC hour starting at {@code hour} (format it in the paper's time zone to show it). */
public record HourlyViews(Instant hour, long views) {
}
