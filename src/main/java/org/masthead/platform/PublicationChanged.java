package org.masthead.platform;

import java.time.Instant;

/**
 * The newsroom saved the publication's settings (name, time zone, navigation, …). Published inside the saving
 * transaction; other nodes hear of it through the change feed as topic {@link Publication#TOPIC}.
 */
public record PublicationChanged(Instant at) {
}
