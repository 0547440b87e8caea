package org.masthead.comments;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.comments.TestGuidelines.check;

class LanguageRuleTests {

    @Test
    void passesCommentsInTheSitesLanguage() {
        assertThat(check("The council should publish the full budget before the vote, not after it.").breaks(Rule.LANGUAGE)).isFalse();
        assertThat(check("Der Stadtrat hätte die Anwohner viel früher über die Baustelle informieren müssen.", "de")
                .breaks(Rule.LANGUAGE)).isFalse();
        assertThat(check("Le maire aurait dû consulter les habitants avant de fermer la piscine.", "fr-FR")
                .breaks(Rule.LANGUAGE)).isFalse();
    }

    @Test
    void flagsACommentInAnotherLanguageAndNamesTheSitesLanguage() {
        Verdict v = check("Ich finde den Artikel sehr einseitig, die Meinung der Bauern fehlt völlig.", "en-GB");
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.LANGUAGE);
            assertThat(f.matched()).isEqualTo("de");
            assertThat(f.explanation()).isEqualTo("This comment doesn't look like English (it reads like German) — "
                    + "our guidelines ask for comments in English.");
        });
    }

    @Test
    void flagsEnglishOnAGermanSiteInGerman() {
        Verdict v = check("The council should have told residents about the building works much earlier.", "de");
        assertThat(v.findings()).singleElement().satisfies(f -> assertThat(f.explanation())
                .startsWith("Dieser Kommentar scheint nicht auf Deutsch zu sein (er liest sich wie Englisch)"));
    }

    @Test
    void knowsScriptsFarFromTheSitesLanguage() {
        assertThat(check("Правительство должно объяснить, почему строительство моста длится уже три года.").breaks(Rule.LANGUAGE)).isTrue();
        assertThat(check("政府应该解释为什么这座桥的建设已经持续了三年多。").breaks(Rule.LANGUAGE)).isTrue();
        assertThat(check("Hükümet köprü inşaatının neden üç yıldır sürdüğünü açıklamalı.").breaks(Rule.LANGUAGE)).isTrue();
    }

    @Test
    void skipsShortCommentsAndForeignPhrasesInsideTheSitesLanguage() {
        assertThat(check("Merci beaucoup!").breaks(Rule.LANGUAGE)).isFalse();
        assertThat(check("As the French say, c'est la vie, but the ministry could have warned farmers much earlier.")
                .breaks(Rule.LANGUAGE)).isFalse();
    }

    @Test
    void acceptsAnyOfSeveralAllowedLanguagesAndNamesThemAll() {
        var draft = new CommentDraft("Le maire aurait dû consulter les habitants avant de fermer la piscine.",
                List.of("en", "fr"), List.of(), null);
        assertThat(TestGuidelines.DEFAULTS.check(draft, TestGuidelines.NOW).breaks(Rule.LANGUAGE)).isFalse();
        var german = new CommentDraft("Der Stadtrat hätte die Anwohner viel früher informieren müssen, finde ich.",
                List.of("en", "fr"), List.of(), null);
        assertThat(TestGuidelines.DEFAULTS.check(german, TestGuidelines.NOW).findings()).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("comments in English or French"));
    }

    @Test
    void staysSilentForASiteLanguageTheDetectorDoesNotKnow() {
        assertThat(check("The council should have told residents about the building works much earlier.", "cy")
                .breaks(Rule.LANGUAGE)).isFalse();
    }
}
