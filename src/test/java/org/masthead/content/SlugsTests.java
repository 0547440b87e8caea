package org.masthead.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

    @Test
    void makesLowerCaseAsciiWordsJoinedByHyphens() {
        assertThat(Slugs.of("Kjær wins crosswind stage into Øresund")).isEqualTo("kjaer-wins-crosswind-stage-into-oresund");
        assertThat(Slugs.of("São Paulo’s café owners & the tax")).isEqualTo("sao-paulos-cafe-owners-and-the-tax");
        assertThat(Slugs.of("  --Hello, World!--  ")).isEqualTo("hello-world");
        assertThat(Slugs.of("Straße")).isEqualTo("strasse");
    }

    @Test
    void cutsLongSlugsAtAWordBoundary() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(slug).endsWith("word").doesNotEndWith("-");
    }

    @Test
    void validatesSlugs() {
        assertThat(Slugs.isValid("a-b-1")).isTrue();
        assertThat(Slugs.isValid("A-b")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
        assertThat(Slugs.isValid("-a")).isFalse();
        assertThat(Slugs.isValid("../etc")).isFalse();
    }
}
