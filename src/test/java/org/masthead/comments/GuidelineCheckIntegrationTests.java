package org.masthead.comments;

import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.MutableClock;
import org.masthead.platform.Publication;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The check as the application wires it: settings bound with their defaults, the site's language, its clock. */
@H2IntegrationTest
class GuidelineCheckIntegrationTests {

    @Autowired GuidelineCheck check;
    @Autowired CommentsProperties settings;
    @Autowired Publication publication;
    @Autowired MutableClock clock;

    @Test
    void theBoundDefaultsAreTheDocumentedOnes() {
        assertThat(settings).isEqualTo(CommentsProperties.defaults());
    }

    @Test
    void checksADraftInTheSitesLanguageAtTheClocksTime() {
        String language = publication.language();
        assertThat(check.check(CommentDraft.of("Thank you for covering the library closures; nobody else did.",
                language)).clean()).isTrue();
        Verdict tooSoon = check.check(new CommentDraft("Der Stadtrat hätte die Anwohner viel früher informieren müssen.",
                List.of(language), List.of(clock.instant().minusSeconds(2)), null));
        assertThat(tooSoon.findings()).extracting(Finding::rule).containsExactly(Rule.LANGUAGE, Rule.RATE);
    }
}
