package org.masthead.content;

/** A section of the paper; {@code parentId} is set for a sub-section (one level deep). */
public record Section(long id, String slug, String name, String description, Long parentId, int position) {
}
