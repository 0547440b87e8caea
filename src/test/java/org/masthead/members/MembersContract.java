package org.masthead.members;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.MutableClock;
import org.masthead.content.Article;
import org.masthead.content.ArticleService;
import org.masthead.content.ContentFixtures;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.members.MemberFixtures.freshAddress;
import static org.masthead.members.MemberFixtures.freshEmail;
import static org.masthead.members.MemberFixtures.lastCode;
import static org.masthead.members.MemberFixtures.member;

/**
 * The members module's records as they reach the database, on H2 and on PostgreSQL (the two subclasses):
 * accounts created only from a proven address, single-use codes, the consent ledger and its wordings, saved
 * stories, sessions, and deletion after the grace period.
 */
@RecordApplicationEvents
abstract class MembersContract {

    @Autowired ApplicationContext ctx;
    @Autowired MutableClock clock;
    @Autowired ReaderSignIn signIn;
    @Autowired ReaderSessions sessions;
    @Autowired Consents consents;
    @Autowired SavedStories saved;
    @Autowired MemberAccounts accounts;
    @Autowired MemberDeletion deletion;
    @Autowired MemberData data;
    @Autowired ArticleService articles;
    @Autowired JdbcClient db;
    @Autowired ApplicationEvents events;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** A browser's request from an address of its own, carrying the cookies {@code previous} set. */
    static MockHttpServletRequest request(String address, MockHttpServletResponse... previous) {
        MockHttpServletRequest req = new MockHttpServletRequest();
        req.setRemoteAddr("127.0.0.1");
        req.addHeader("X-Forwarded-For", address);
        req.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
        for (MockHttpServletResponse r : previous) {
            req.setCookies(r.getCookies());
        }
        return req;
    }

    long signUp(String email, boolean offers) {
        String address = freshAddress();
        MockHttpServletResponse asked = new MockHttpServletResponse();
        long wording = consents.currentWording(Consents.OFFERS).id();
        signIn.signUp(new ReaderSignIn.SignUp(email, "Ann Reader", "", offers, wording), "/", request(address), asked);
        MockHttpServletResponse done = new MockHttpServletResponse();
        ReaderSignIn.Outcome o = signIn.code(lastCode(ctx, email), request(address, asked), done);
        assertThat(o).isInstanceOf(ReaderSignIn.Outcome.SignedIn.class);
        return ((ReaderSignIn.Outcome.SignedIn) o).memberId();
    }

    @Test
    void aSignUpCreatesTheMemberOnlyOnceTheCodeProvesTheAddress() {
        String email = freshEmail();
        String address = freshAddress();
        MockHttpServletResponse asked = new MockHttpServletResponse();
        long wording = consents.currentWording(Consents.OFFERS).id();
        signIn.signUp(new ReaderSignIn.SignUp(" " + email.toUpperCase() + " ", "Ann Reader", "", true, wording), "/world",
                request(address), asked);
        assertThat(db.sql("SELECT COUNT(*) FROM members_member WHERE email = :e").param("e", email).query(Long.class).single())
                .as("no account before the address is proven").isZero();

        MockHttpServletResponse done = new MockHttpServletResponse();
        var outcome = (ReaderSignIn.Outcome.SignedIn) signIn.code(lastCode(ctx, email), request(address, asked), done);

        assertThat(outcome.newAccount()).isTrue();
        assertThat(outcome.next()).isEqualTo("/world");
        Member m = accounts.member(outcome.memberId());
        assertThat(m.email()).isEqualTo(email);
        assertThat(m.displayName()).isEqualTo("Ann Reader");
        assertThat(m.hasPassword()).isFalse();
        assertThat(consents.granted(m.id(), Consents.OFFERS)).isTrue();
        assertThat(consents.history(m.id())).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("sign-up");
            assertThat(r.wordingId()).isEqualTo(wording);
        });
        assertThat(events.stream(MemberSignedUp.class)).contains(new MemberSignedUp(m.id()));
        assertThat(done.getCookie(Readers.SESSION_COOKIE)).isNotNull();
        assertThat(done.getCookie(Readers.IDENTITY_COOKIE)).isNotNull();
    }

    @Test
    void aCodeWorksOnceAndGivesFiveTries() {
        String email = freshEmail();
        String address = freshAddress();
        MockHttpServletResponse asked = new MockHttpServletResponse();
        signIn.emailMe(email, "/", request(address), asked);
        String code = lastCode(ctx, email);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 1; i < Challenges.CODE_TRIES; i++) {
            assertThat(signIn.code(wrong, request(address, asked), new MockHttpServletResponse()))
                    .isInstanceOf(ReaderSignIn.Outcome.WrongCode.class);
        }
        assertThat(signIn.code(wrong, request(address, asked), new MockHttpServletResponse()))
                .as("the fifth wrong try spends it").isInstanceOf(ReaderSignIn.Outcome.Expired.class);
        assertThat(signIn.code(code, request(address, asked), new MockHttpServletResponse()))
                .as("even the right code, now").isInstanceOf(ReaderSignIn.Outcome.Expired.class);
        assertThat(db.sql("SELECT COUNT(*) FROM members_member WHERE email = :e").param("e", email).query(Long.class).single())
                .isZero();

        String other = freshEmail();
        MockHttpServletResponse again = new MockHttpServletResponse();
        signIn.emailMe(other, "/", request(address), again);
        String right = lastCode(ctx, other);
        assertThat(signIn.code(right, request(address, again), new MockHttpServletResponse()))
                .isInstanceOf(ReaderSignIn.Outcome.SignedIn.class);
        assertThat(signIn.code(right, request(address, again), new MockHttpServletResponse()))
                .as("single use").isInstanceOf(ReaderSignIn.Outcome.Expired.class);
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        String email = freshEmail();
        String address = freshAddress();
        MockHttpServletResponse asked = new MockHttpServletResponse();
        signIn.emailMe(email, "/", request(address), asked);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(signIn.code(lastCode(ctx, email), request(address, asked), new MockHttpServletResponse()))
                .isInstanceOf(ReaderSignIn.Outcome.Expired.class);
    }

    @Test
    void theLatestConsentRecordDecidesAndWordingsAreNeverOverwritten() {
        long id = member(ctx, "Consenting Reader").id();
        ConsentWording v1 = consents.currentWording(Consents.NOTIFICATIONS);
        assertThat(consents.granted(id, Consents.NOTIFICATIONS)).as("no record, no consent").isFalse();

        consents.record(id, Consents.NOTIFICATIONS, true, "account-page", v1.id());
        assertThat(consents.granted(id, Consents.NOTIFICATIONS)).isTrue();
        ConsentWording v2 = consents.reword(Consents.NOTIFICATIONS, v1.text() + " Edited " + System.nanoTime());
        assertThat(v2.version()).isEqualTo(v1.version() + 1);
        assertThat(consents.currentWording(Consents.NOTIFICATIONS)).isEqualTo(v2);
        assertThat(consents.wordings()).contains(v1, v2);

        consents.record(id, Consents.NOTIFICATIONS, false, "account-page", v2.id());
        assertThat(consents.granted(id, Consents.NOTIFICATIONS)).isFalse();
        assertThat(consents.history(id)).extracting(ConsentRecord::granted, ConsentRecord::wordingVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(false, v2.version()),
                        org.assertj.core.groups.Tuple.tuple(true, v1.version()));
        assertThatThrownBy(() -> consents.record(id, Consents.OFFERS, true, "account-page", v2.id()))
                .as("a wording of another purpose").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> consents.record(id, "everything", true, "account-page", v2.id()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theLedgerExportsEveryRecordWithTheVersionShown() throws Exception {
        Member m = member(ctx, "Ledger Reader");
        ConsentWording w = consents.currentWording(Consents.OFFERS);
        consents.record(m.id(), Consents.OFFERS, true, "sign-up", w.id());
        consents.record(m.id(), Consents.OFFERS, false, "account-page", w.id());
        StringWriter out = new StringWriter();
        consents.writeLedgerCsv(out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("record,member,email,purpose,action,recorded_at,source,wording_id,wording_version");
        assertThat(lines).filteredOn(l -> l.contains("," + m.email() + ","))
                .extracting(l -> l.split(",")[4] + "/" + l.split(",")[6] + "/" + l.split(",")[8])
                .containsExactly("granted/sign-up/" + w.version(), "withdrawn/account-page/" + w.version());
    }

    @Test
    void savedStoriesAreNewestFirstPublishedOnlyAndFollowedByEveryCopy() {
        long id = member(ctx, "Saving Reader").id();
        Article first = MemberFixtures.story(articles, "Saved first");
        Article second = MemberFixtures.story(articles, "Saved second");
        assertThat(saved.savedAmong(id, List.of(first.id(), second.id()))).isEmpty();

        saved.save(id, first.id());
        clock.advance(Duration.ofSeconds(5));
        saved.save(id, second.id());
        saved.save(id, first.id()); // again: keeps the first time
        assertThat(saved.newest(id)).extracting(SavedStories.Saved::articleId).containsExactly(second.id(), first.id());
        assertThat(saved.savedAmong(id, List.of(first.id(), second.id(), 999_999L)))
                .as("the node's copy follows the save").isEqualTo(Set.of(first.id(), second.id()));

        saved.remove(id, first.id());
        assertThat(saved.savedAmong(id, List.of(first.id(), second.id()))).isEqualTo(Set.of(second.id()));
        long draft = articles.create(ContentFixtures.draft(ContentFixtures.unique("Never published"))).article().id();
        assertThatThrownBy(() -> saved.save(id, draft)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> saved.save(id, 987_654_321L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSessionIdOfAnotherReaderEndsNothing() {
        Member ann = member(ctx, "Ann");
        Member bob = member(ctx, "Bob");
        MockHttpServletResponse annIn = new MockHttpServletResponse();
        signIn.password(ann.email(), MemberFixtures.PASSWORD, "/", request(freshAddress()), annIn);
        MockHttpServletResponse bobIn = new MockHttpServletResponse();
        signIn.password(bob.email(), MemberFixtures.PASSWORD, "/", request(freshAddress()), bobIn);
        long annSession = sessions.list(ann.id(), request(freshAddress(), annIn)).get(0).id();

        assertThat(sessions.revoke(bob.id(), annSession)).isFalse();
        assertThat(sessions.list(ann.id(), request(freshAddress(), annIn))).singleElement().satisfies(s -> {
            assertThat(s.current()).isTrue();
            assertThat(s.device()).isEqualTo("Firefox on Linux");
        });
        assertThat(sessions.revoke(ann.id(), annSession)).isTrue();
        assertThat(sessions.list(ann.id(), request(freshAddress(), annIn))).isEmpty();
    }

    @Test
    void aNewAddressTakenMeanwhileChangesNothing() {
        Member ann = member(ctx, "Ann");
        Member bob = member(ctx, "Bob");
        accounts.requestEmailChange(ann.id(), bob.email(), request(freshAddress()));
        String link = MemberFixtures.lastLink(ctx, bob.email(), "/account/verify");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(accounts.confirmEmailChange(token)).isEqualTo(MemberAccounts.EmailChange.TAKEN);
        assertThat(accounts.member(ann.id()).email()).isEqualTo(ann.email());

        String fresh = freshEmail();
        accounts.requestEmailChange(ann.id(), fresh, request(freshAddress()));
        String second = MemberFixtures.lastLink(ctx, fresh, "/account/verify");
        String secondToken = second.substring(second.indexOf("token=") + 6);
        assertThat(accounts.confirmEmailChange(secondToken)).isEqualTo(MemberAccounts.EmailChange.CHANGED);
        assertThat(accounts.member(ann.id()).email()).isEqualTo(fresh);
        assertThat(accounts.confirmEmailChange(secondToken)).as("once").isEqualTo(MemberAccounts.EmailChange.EXPIRED);
        assertThat(events.stream(MemberEmailChanged.class)).contains(new MemberEmailChanged(ann.id()));
        assertThat(MemberFixtures.mailKinds(ctx, ann.email())).contains("reader-email-changed");
    }

    @Test
    void aDeletionDueEmptiesTheMemberOnceAndTellsTheOtherModules() {
        Member gone = member(ctx, "Leaving Reader");
        Member staying = member(ctx, "Staying Reader");
        Article a = MemberFixtures.story(articles, "Read before leaving");
        saved.save(gone.id(), a.id());
        consents.record(gone.id(), Consents.OFFERS, true, "sign-up", consents.currentWording(Consents.OFFERS).id());
        signIn.password(gone.email(), MemberFixtures.PASSWORD, "/", request(freshAddress()), new MockHttpServletResponse());
        accounts.requestDeletion(gone.id(), gone.email());
        accounts.requestDeletion(staying.id(), staying.email());
        accounts.cancelDeletion(staying.id());

        clock.advance(Duration.ofDays(13));
        deletion.deleteDue();
        assertThat(accounts.member(gone.id()).email()).as("still within the grace period").isEqualTo(gone.email());

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        deletion.deleteDue();
        deletion.deleteDue(); // a second run finds nothing more to do

        assertThatThrownBy(() -> accounts.member(gone.id())).isInstanceOf(NotFoundException.class);
        assertThat(accounts.byId(gone.id())).isEmpty();
        assertThat(accounts.byEmail(gone.email())).as("a deleted member holds no address").isEmpty();
        var row = db.sql("SELECT email, display_name, password_hash, deleted_at FROM members_member WHERE id = :id")
                .param("id", gone.id()).query().singleRow();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("display_name")).isEqualTo("");
        assertThat(row.get("password_hash")).isNull();
        assertThat(row.get("deleted_at")).isNotNull();
        assertThat(consents.granted(gone.id(), Consents.OFFERS)).as("withdrawn in the ledger").isFalse();
        assertThat(saved.newest(gone.id())).isEmpty();
        assertThat(events.stream(MemberDeleted.class)).as("with the address it had, for data kept by address")
                .containsOnlyOnce(new MemberDeleted(gone.id(), gone.email()))
                .noneMatch(e -> e.memberId() == staying.id());
        assertThat(accounts.member(staying.id()).email()).isEqualTo(staying.email());
        assertThat(MemberFixtures.mailKinds(ctx, gone.email())).contains("reader-account-deleted", "reader-account-deletion");
    }

    @Test
    void staffFindAMemberByAddressInAnyCaseOrByNumber() {
        Member m = member(ctx, "Findable Reader");

        assertThat(accounts.byEmail("  " + m.email().toUpperCase() + " ")).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(m.id());
            assertThat(found.displayName()).isEqualTo("Findable Reader");
        });
        assertThat(accounts.byId(m.id()).map(Member::email)).hasValue(m.email());
        assertThat(accounts.byEmail(freshEmail())).isEmpty();
        assertThat(accounts.byEmail("")).isEmpty();
        assertThat(accounts.byId(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void theDataDownloadHoldsEverySection() {
        Member m = member(ctx, "Curious Reader");
        consents.record(m.id(), Consents.OFFERS, true, "sign-up", consents.currentWording(Consents.OFFERS).id());
        var download = data.download(m.id());
        assertThat(download).containsKeys("exportedAt", "account", "consents", "savedStories");
        assertThat(download.get("consents").toString()).contains("offers").contains("granted");
        assertThat(download.get("account").toString()).contains(m.email());
    }
}
