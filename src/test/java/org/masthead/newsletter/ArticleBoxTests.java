package org.masthead.newsletter;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which list an article's sign-up box offers, without Spring. */
class ArticleBoxTests {

    private static NewsletterList list(long id, ListKind kind, Audience audience, List<Long> sections) {
        return new NewsletterList(id, "l" + id, "List " + id, "", kind, Cadence.MANUAL, null, null, "S", "s@example.org",
                null, audience, sections, false);
    }

    @Test
    void theListCarryingTheSectionOrItsParentComesFirstElseTheFirstListForEveryone() {
        NewsletterList general = list(1, ListKind.NEWS, Audience.EVERYONE, List.of());
        NewsletterList sport = list(2, ListKind.NEWS, Audience.EVERYONE, List.of(7L));
        List<NewsletterList> offered = List.of(general, sport);
        assertThat(NewsletterLists.boxFor(offered, 7, null)).contains(sport);
        assertThat(NewsletterLists.boxFor(offered, 70, 7L)).as("a sub-section of sport").contains(sport);
        assertThat(NewsletterLists.boxFor(offered, 9, null)).contains(general);
    }

    @Test
    void offersAndSubscribersOnlyListsAreNeverOfferedAndNoListMeansNoBox() {
        NewsletterList offers = list(3, ListKind.OFFERS, Audience.EVERYONE, List.of(7L));
        NewsletterList paid = list(4, ListKind.NEWS, Audience.SUBSCRIBERS, List.of(7L));
        assertThat(NewsletterLists.boxFor(List.of(offers, paid), 7, null)).isEmpty();
        assertThat(NewsletterLists.boxFor(List.of(), 7, null)).isEmpty();
    }
}
