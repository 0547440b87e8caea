package org.masthead.newsletter;

import org.junit.jupiter.api.Test;
import org.masthead.members.Consents;
import org.masthead.members.Member;
import org.masthead.members.MemberDirectory;
import org.masthead.members.MemberFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the newsletter module stands on, on H2 and PostgreSQL: lists with their sections and sign-up wording,
 * issues made once per period, signed links, and the members' bulk lookups a send uses.
 */
abstract class NewsletterBaseContract {

    @Autowired ApplicationContext ctx;
    @Autowired NewsletterLists lists;
    @Autowired NewsletterLinks links;
    @Autowired IssueRepository issues;
    @Autowired MemberDirectory directory;
    @Autowired Consents consents;

    @Test
    void aListKeepsItsScheduleAndSectionsAndGetsItsOwnConsentWording() {
        NewsletterList l = NewsletterFixtures.dailyDigest(ctx, "Morning Briefing", LocalTime.of(6, 30), List.of(3L, 1L));
        NewsletterList read = lists.require(l.id());
        assertThat(read.sendTime()).isEqualTo(LocalTime.of(6, 30));
        assertThat(read.sectionIds()).containsExactly(1L, 3L);
        assertThat(lists.active()).extracting(NewsletterList::id).contains(l.id());
        assertThat(lists.wordingOf(read).text()).contains(read.name());
    }

    @Test
    void aSecondDigestForTheSamePeriodIsRefusedByTheDatabase() {
        NewsletterList l = NewsletterFixtures.manualList(ctx, "Weekly");
        IssueContent c = new IssueContent(0, l.id(), "DIGEST", "2026-W49", "S", "P", "h", "t", "h", "t",
                java.time.Instant.parse("2026-11-30T06:00:00Z"));
        issues.insert(c, List.of(7L, 5L), null, null, null);
        long other = issues.insert(new IssueContent(0, l.id(), "CUSTOM", null, "S", "P", "h", "t", "h", "t",
                c.createdAt()), List.of(), null, null, null);
        assertThat(issues.articleIds(other)).isEmpty();
        assertThatThrownBy(() -> issues.insert(c, List.of(), null, null, null)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void signedLinksNameTheirHolderAndRefuseForgeries() {
        String unsubscribe = links.unsubscribeUrl(42, 7);
        String token = unsubscribe.substring(unsubscribe.lastIndexOf('/') + 1);
        assertThat(links.unsubscribeHolder(token)).contains(new NewsletterLinks.Holder(42, 7L));
        assertThat(links.unsubscribeHolder(token.replace("42-7", "43-7"))).isEmpty();
        assertThat(links.manageHolder(token)).as("a token for one purpose is no good for another").isEmpty();
        String manage = links.manageUrl(42);
        assertThat(links.manageHolder(manage.substring(manage.lastIndexOf('/') + 1)))
                .contains(new NewsletterLinks.Holder(42, null));
    }

    @Test
    void membersAreLookedUpInBulkAndAProvenAddressBecomesAMemberOnce() {
        Member a = MemberFixtures.member(ctx, "A");
        Member made = directory.verifiedMember("  New.Reader." + a.id() + "@Example.org ");
        assertThat(made.hasPassword()).isFalse();
        assertThat(directory.verifiedMember("new.reader." + a.id() + "@example.org").id()).isEqualTo(made.id());
        assertThat(directory.emails(List.of(a.id(), made.id(), -1L)))
                .containsEntry(a.id(), a.email()).containsEntry(made.id(), made.email()).hasSize(2);
    }

    @Test
    void onlyMembersWhoseLatestOffersRecordIsAGrantAreFound() {
        Member yes = MemberFixtures.member(ctx, "Yes");
        Member no = MemberFixtures.member(ctx, "No");
        Member never = MemberFixtures.member(ctx, "Never");
        long wording = consents.currentWording(Consents.OFFERS).id();
        consents.record(yes.id(), Consents.OFFERS, true, "test", wording);
        consents.record(no.id(), Consents.OFFERS, true, "test", wording);
        consents.record(no.id(), Consents.OFFERS, false, "test", wording);
        assertThat(consents.grantedAmong(Consents.OFFERS, List.of(yes.id(), no.id(), never.id()))).isEqualTo(Set.of(yes.id()));
        List<Long> page = consents.grantedAfter(Consents.OFFERS, yes.id() - 1, 1000);
        assertThat(page).contains(yes.id()).doesNotContain(no.id(), never.id()).isSorted();
    }
}
