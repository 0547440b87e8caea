package org.masthead.content;

public record Tag(long id, String slug, String name) {
}
