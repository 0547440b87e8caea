package org.masthead.comments;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.comments.TestGuidelines.NOW;

class GuidelinesTests {

    @Test
    void reportsEveryBrokenGuidelineAtOnce() {
        Verdict v = TestGuidelines.check("YOU ARE AN IDIOT!!!!!!!!!!!!");
        assertThat(v.findings()).extracting(Finding::rule)
                .containsExactly(Rule.FULL_SENTENCES, Rule.PERSONAL_ATTACK, Rule.REPEATED_TEXT);
    }

    @Test
    void aRuleTurnedOffNeverFires() {
        var d = CommentsProperties.defaults();
        var settings = new CommentsProperties(new CommentsProperties.Language(false, 30, 0.25, d.language().detect()),
                new CommentsProperties.Sentences(false, 3, 0.8, 12), new CommentsProperties.Abuse(false, false,
                List.of(), List.of(), List.of()), new CommentsProperties.Spam(false, 2, false, 8, 0, d.spam().ratePer()));
        var draft = new CommentDraft("du bist ein idiot und deine meinung ist scheiße hahahahahahahahaha "
                + "https://a.example/1 https://a.example/2 https://a.example/3", List.of("en"), List.of(NOW.minusSeconds(1)), null);
        assertThat(new Guidelines(settings).check(draft, NOW).clean()).isTrue();
        assertThat(TestGuidelines.DEFAULTS.check(draft, NOW).findings()).extracting(Finding::rule).contains(
                Rule.LANGUAGE, Rule.FULL_SENTENCES, Rule.ABUSE, Rule.PERSONAL_ATTACK, Rule.SPAM_LINKS,
                Rule.REPEATED_TEXT, Rule.RATE);
    }

    @Test
    void aDetectorThatKnowsOnlyTheAllowedLanguageIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LanguageRule(
                new CommentsProperties.Language(true, 30, 0.25, List.of("en"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
