package org.masthead.newsletter;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** Creates or changes a list; the fields as {@link NewsletterList} names them. */
public record SaveList(String name, String slug, String description, ListKind kind, Cadence cadence,
                       LocalTime sendTime, DayOfWeek sendDay, String senderName, String senderAddress,
                       String replyTo, Audience audience, List<Long> sectionIds) {
}
