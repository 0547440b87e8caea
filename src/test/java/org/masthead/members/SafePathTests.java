package org.masthead.members;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** After signing in, a reader goes to a page of this site, whatever a link says. */
class SafePathTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "-", value = {
            "/world/2026/11/30/harbour-reopens, /world/2026/11/30/harbour-reopens",
            "/search?q=a&page=2,                /search?q=a&page=2",
            "/account#saved,                    /account#saved",
            "//evil.example.com/x,              /account",
            "/\\evil.example.com,               /account",
            "https://evil.example.com/,         /account",
            "javascript:alert(1),               /account",
            "world,                             /account",
            "-,                                 /account",
            "'/a b',                            /account",
            "/a%0d%0aSet-Cookie:x,              /a%0d%0aSet-Cookie:x"}) // encoded: harmless text in a Location path
    void keepsOnlyPathsOnThisSite(String next, String expected) {
        assertThat(SafePath.of(next)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void refusesLineBreaks() {
        assertThat(SafePath.of("/a\r\nSet-Cookie: x=1")).isEqualTo("/account");
    }
}
