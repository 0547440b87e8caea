package org.masthead.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.comments.TestGuidelines.check;

class AbuseRuleTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | What a load of bullshit from the minister.          | bullshit
            en | The new mayor is a total f*ck up.                    | f*ck
            en | The whole board are a bunch of sh1t.                 | sh1t
            en | Shiiiit, they closed the pool again.                 | Shiiiit
            en | What a f.u.c.k.i.n.g joke this scheme is.            | f.u.c.k.i.n.g
            en | These bankers are all a$$holes, every single one.    | a$$holes
            de | So eine Scheiße, schon wieder Stau auf der A7.       | Scheiße
            fr | Ce gouvernement de connards ne fait rien pour nous.  | connards
            es | Esto es una mierda, el autobús nunca llega a tiempo. | mierda
            """)
    void flagsSwearingThroughCaseAccentsAndDisguises(String site, String text, String matched) {
        assertThat(check(text, site).findings()).filteredOn(f -> f.rule() == Rule.ABUSE).singleElement()
                .satisfies(f -> {
                    assertThat(f.matched()).isEqualTo(matched);
                    assertThat(f.explanation()).contains(matched);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I grew up near Scunthorpe and the steelworks were the heart of the town.",
            "The Cockburn family have run the bakery on Essex Road since 1952.",
            "We had shiitake risotto at the new place by the canal and it was excellent.",
            "The assassination of the archduke is the usual starting point.",
            "Penistone Grammar School deserves the award; the teachers there are brilliant.",
            "Arsenal fans will not enjoy reading this one.",
            "This policy is idiotic, and the figures in the article show why."})
    void leavesWordsThatOnlyContainARudeWordAlone(String text) {
        assertThat(check(text).clean()).isTrue();
    }

    @Test
    void explainsInPlainWordsNamingTheGuideline() {
        assertThat(check("What a load of bullshit from the minister.").findings()).singleElement().satisfies(f ->
                assertThat(f.explanation()).isEqualTo("This comment contains “bullshit” — our guidelines ask for "
                        + "comments without swearing or slurs."));
        assertThat(check("You're a complete moron.").findings()).singleElement().satisfies(f ->
                assertThat(f.explanation()).isEqualTo("This comment seems aimed at a person (“You're a complete "
                        + "moron”) — our guidelines ask you to discuss ideas, not attack people."));
    }

    @Test
    void reportedSpeechInQuotesIsNotTheCommentersOwn() {
        assertThat(check("The mayor was filmed calling the protesters \"scum\", and he should apologise.").clean()).isTrue();
        assertThat(check("The banner read \"Fuck the fees\", which is why the university took it down.").clean()).isTrue();
        assertThat(check("Le député a traité les manifestants de \"connards\", il doit s'excuser.", "fr").clean()).isTrue();
        assertThat(check("Honestly \"fuck\" this council and its plans.").breaks(Rule.ABUSE)).isTrue();
    }

    @Test
    void aTermMarkedForOneLanguageAppliesOnlyOnSitesInIt() {
        assertThat(check("Only a retard would vote for this plan.").breaks(Rule.ABUSE)).isTrue();
        assertThat(check("Le train était encore en retard ce matin.", "fr").clean()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | You are an idiot if you believe that.                   | You are an idiot
            en | You're a complete moron.                                | You're a complete moron
            en | @mike_b is a troll, ignore him.                         | @mike_b is a troll
            en | your an 1d10t and everyone here knows it.               | your an 1d10t
            en | You are such an i.d.i.o.t, honestly.                    | You are such an i.d.i.o.t
            en | You are an idiooooot.                                   | You are an idiooooot
            en | People like you are ruining this town.                  | People like you
            de | Du bist so ein Vollidiot, lies doch erst mal den Artikel. | Du bist so ein Vollidiot
            fr | Tu es vraiment un abruti, lis l'article avant de commenter. | Tu es vraiment un abruti
            es | Eres un idiota, lee el artículo antes de comentar.      | Eres un idiota
            """)
    void flagsInsultsAimedAtAPerson(String site, String text, String matched) {
        assertThat(check(text, site).findings()).filteredOn(f -> f.rule() == Rule.PERSONAL_ATTACK).singleElement()
                .satisfies(f -> {
                    assertThat(f.matched()).isEqualTo(matched);
                    assertThat(f.explanation()).contains(matched);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "You are right about the rents, and the figures back you up.",
            "The plan is idiotic, whoever wrote it.",
            "I felt like a fool after paying the old fare for a month.",
            "You are not stupid for asking; the form really is confusing.",
            "He told the reporter \"you are an idiot\" and then walked off, the article says.",
            "She was called a clown by the opposition leader, which was unfair and petty."})
    void leavesCriticismAndReportedInsultsAlone(String text) {
        assertThat(check(text).clean()).isTrue();
    }

    @Test
    void publishersListsAreMergedWithOurs(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var words = java.nio.file.Files.writeString(dir.resolve("words.txt"), "# ours\nflapdoodle\n");
        var insults = java.nio.file.Files.writeString(dir.resolve("insults.txt"), "nincompoop*\n");
        var d = CommentsProperties.defaults();
        var settings = new CommentsProperties(d.language(), d.sentences(),
                new CommentsProperties.Abuse(true, true, java.util.List.of(words), java.util.List.of(insults),
                        java.util.List.of()), d.spam());
        var guidelines = new Guidelines(settings);
        assertThat(guidelines.check(CommentDraft.of("What utter flapdoodle this plan is.", "en"), TestGuidelines.NOW)
                .breaks(Rule.ABUSE)).isTrue();
        assertThat(guidelines.check(CommentDraft.of("You are nincompoops, all of you.", "en"), TestGuidelines.NOW)
                .breaks(Rule.PERSONAL_ATTACK)).isTrue();
        assertThat(guidelines.check(CommentDraft.of("What a load of bullshit.", "en"), TestGuidelines.NOW)
                .breaks(Rule.ABUSE)).isTrue();
    }
}
