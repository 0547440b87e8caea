package org.masthead.comments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.comments.TestGuidelines.check;

class SentenceRuleTests {

    @Test
    void passesSentencesAndShortCompleteReplies() {
        assertThat(check("Agreed.").clean()).isTrue();
        assertThat(check("Thank you!").clean()).isTrue();
        assertThat(check("Sources?").clean()).isTrue();
        assertThat(check("Danke, sehr gut erklärt.", "de").clean()).isTrue();
        assertThat(check("Tout à fait d'accord.", "fr").clean()).isTrue();
        assertThat(check("Love this 😊 The photos of the old station brought back memories.").clean()).isTrue();
        assertThat(check("I have lived here forty years and I have never seen the river this low").clean()).isTrue();
    }

    @Test
    void passesScriptsWithoutSpacesOrCapitals() {
        assertThat(check("この記事はとても分かりやすかったです。", "ja").clean()).isTrue();
        assertThat(check("这篇文章写得很好，谢谢。", "zh").clean()).isTrue();
    }

    @Test
    void acronymsInASentenceAreNotShouting() {
        assertThat(check("NATO, the EU and the UN all issued statements within the hour.").clean()).isTrue();
    }

    @Test
    void flagsFragmentsInSeveralLanguages() {
        assertThat(explanation("lol")).contains("doesn't read as a full sentence");
        assertThat(explanation("so true lol")).contains("full sentence");
        assertThat(check("stimmt", "de").breaks(Rule.FULL_SENTENCES)).isTrue();
        assertThat(check("mdr n'importe quoi", "fr").breaks(Rule.FULL_SENTENCES)).isTrue();
    }

    @Test
    void flagsShouting() {
        assertThat(explanation("THIS COUNCIL IS A DISGRACE AND EVERYONE KNOWS IT")).contains("capital letters");
        assertThat(check("DIE REGIERUNG MUSS SOFORT ZURÜCKTRETEN", "de").findings()).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("Großbuchstaben"));
    }

    @Test
    void flagsOnlyLinksEmojiOrPunctuation() {
        assertThat(explanation("👍👍👍")).contains("only links, emoji or punctuation");
        assertThat(explanation("https://example.com/watch?v=12345")).contains("only links");
        assertThat(explanation("???")).contains("only links");
    }

    private static String explanation(String text) {
        return check(text).findings().stream().filter(f -> f.rule() == Rule.FULL_SENTENCES).findFirst()
                .orElseThrow(() -> new AssertionError("no FULL_SENTENCES finding for " + text)).explanation();
    }
}
