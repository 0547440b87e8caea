package org.masthead.content;

/** Small references that read models carry. */
public final class Refs {
    private Refs() {
    }

    public record SectionRef(long id, String slug, String name, Long parentId) { }

    public record TagRef(long id, String slug, String name) { }

    public record AuthorRef(long id, String slug, String name, AuthorKind kind) { }

    /** A picture from the media library with the words that go with it on this article. */
    public record LeadImage(long mediaId, String caption, String credit, String alt) { }

    public record Correction(java.time.Instant notedAt, String text) { }
}
