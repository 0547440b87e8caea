package org.masthead.content;

/** A byline: a person or a desk, with the page readers reach from the byline. */
public record Author(long id, String slug, String name, AuthorKind kind, String jobTitle, String bio, Long photoMediaId) {
}
