package org.masthead.content;

/** A byline is a person or a desk such as "Foreign Desk"; structured data calls them Person and Organization. */
public enum AuthorKind {
    PERSON, DESK
}
