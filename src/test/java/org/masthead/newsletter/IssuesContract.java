package org.masthead.newsletter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.content.ArticleDraft;
import org.masthead.content.ArticleService;
import org.masthead.content.ArticleSummary;
import org.masthead.content.ContentFixtures;
import org.masthead.content.Refs;
import org.masthead.media.Image;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaService;
import org.masthead.members.Consents;
import org.masthead.members.Member;
import org.masthead.members.MemberFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issues as stored, on H2 and PostgreSQL: the paywall's rule in both variants (a gated article's body past its
 * free excerpt is never in the excerpt variant), e-mail HTML that mail clients render, and the text part made
 * from the same record.
 */
abstract class IssuesContract {

    private static final String BODY = "<p>Opening paragraph.</p><p>Second paragraph.</p><p>Third paragraph, behind the wall.</p>"
            + "<p>Fourth paragraph, behind the wall.</p><p>Closing paragraph, behind the wall.</p>";

    @Autowired ApplicationContext ctx;
    @Autowired IssueDesk desk;
    @Autowired IssueBuilder builder;
    @Autowired IssueRepository issues;
    @Autowired Audiences audiences;
    @Autowired ArticleService articles;
    @Autowired MediaService media;
    @Autowired Consents consents;

    private Article article(AccessLevel access, Long imageId) {
        ArticleDraft d = ContentFixtures.draft(ContentFixtures.unique("Storm closes the harbour"));
        return ContentFixtures.published(articles, new ArticleDraft(d.headline(), d.standfirst(), BODY, null, "world",
                d.bylines(), d.tags(), d.dateline(), access,
                imageId == null ? null : new Refs.LeadImage(imageId, "The harbour", "Photo: Test", "Waves over the harbour wall"),
                null, null, null, null));
    }

    private IssueContent breaking(Article a) {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Breaking");
        Map<String, String> typed = new HashMap<>(Map.of("list", String.valueOf(list.id()), "kind", "breaking",
                "article", String.valueOf(a.id()), "subject", "", "intro", "Our reporters are at the harbour.", "text", ""));
        long id = desk.send(desk.check(typed), 1, UUID.randomUUID().toString());
        return issues.find(id).orElseThrow();
    }

    @Test
    void aPremiumArticleGoesWholeOnlyInTheSubscribersVariant() {
        IssueContent c = breaking(article(AccessLevel.PREMIUM, null));
        assertThat(c.subject()).as("the headline when no subject was typed").startsWith("Storm closes the harbour");
        assertThat(c.htmlFull()).contains("Opening paragraph.", "Closing paragraph, behind the wall.");
        assertThat(c.textFull()).contains("Closing paragraph, behind the wall.");
        for (String excerpt : List.of(c.htmlExcerpt(), c.textExcerpt())) {
            assertThat(excerpt).contains("Opening paragraph.", "Second paragraph.", "The rest of this story is for subscribers.")
                    .doesNotContain("behind the wall");
        }
        assertThat(c.htmlExcerpt()).contains("/subscribe");
    }

    @Test
    void aMeteredArticleIsGatedInMailSinceAnEmailCannotCountAMeter() {
        IssueContent c = breaking(article(AccessLevel.METERED, null));
        assertThat(c.htmlFull()).contains("Closing paragraph, behind the wall.");
        assertThat(c.htmlExcerpt() + c.textExcerpt()).doesNotContain("behind the wall").contains("Second paragraph.");
    }

    @Test
    void aFreeArticleGoesWholeToEveryoneInOneAndTheSameVariant() {
        IssueContent c = breaking(article(AccessLevel.FREE, null));
        assertThat(c.htmlExcerpt()).isEqualTo(c.htmlFull()).contains("Closing paragraph, behind the wall.");
        assertThat(c.textExcerpt()).isEqualTo(c.textFull());
        assertThat(issues.articleIds(c.id())).hasSize(1);
    }

    @Test
    void theHtmlPartRendersInMailClientsAndCarriesTheRecipientsLinks() {
        Image picture = media.upload(MediaFixtures.jpeg(1600, 900), "harbour.jpg", "", "", "");
        Article lead = article(AccessLevel.FREE, picture.id());
        Article second = article(AccessLevel.PREMIUM, null);
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Evening Digest");
        ArticleSummary leadSummary = summary(lead);
        IssueContent c = builder.digest(list, List.of(summary(second), leadSummary), "2026-11-30");

        Document html = Jsoup.parse(c.htmlFull());
        assertThat(html.select("style, script, link, [class]")).as("nothing depends on a style sheet").isEmpty();
        assertThat(html.select("table")).allSatisfy(t -> assertThat(t.attr("role")).isEqualTo("presentation"));
        assertThat(html.select("table[width=600]")).singleElement()
                .satisfies(t -> assertThat(t.attr("style")).contains("max-width:600px"));
        assertThat(html.select("img")).isNotEmpty().allSatisfy(img -> {
            assertThat(img.attr("alt")).isNotBlank();
            assertThat(img.attr("src")).startsWith("https://news.example.org/media/");
            assertThat(Integer.parseInt(img.attr("width"))).isLessThanOrEqualTo(552);
        });
        assertThat(html.selectFirst("img").attr("alt")).isEqualTo("Waves over the harbour wall");
        assertThat(html.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("https://news.example.org/")
                || h.equals(IssueContent.UNSUBSCRIBE_URL) || h.equals(IssueContent.MANAGE_URL));
        assertThat(html.select("a[href]").eachAttr("href")).contains(IssueContent.UNSUBSCRIBE_URL, IssueContent.MANAGE_URL);
        Element preheader = html.body().child(0);
        assertThat(preheader.attr("style")).contains("display:none");
        assertThat(preheader.text()).startsWith(lead.headline());
        assertThat(html.select("a[href*=" + leadSummary.path() + "] img")).as("the story with a picture leads").hasSize(1);
        assertThat(html.text()).contains("The Test Herald", list.name(), "because you subscribed", "Unsubscribe", "Manage your newsletters");

        assertThat(c.textFull()).contains("https://news.example.org" + leadSummary.path(), lead.headline(), second.headline(),
                "Unsubscribe from " + list.name() + ":\n" + IssueContent.UNSUBSCRIBE_URL, IssueContent.MANAGE_URL)
                .doesNotContain("<");
        assertThat(c.textFull().lines()).allMatch(l -> l.length() <= IssueText.WIDTH || l.startsWith("https://"));
        assertThat(Jsoup.parse(c.htmlExcerpt()).text()).as("a premium story is labelled for other readers")
                .contains("Subscribers", "Subscribe to The Test Herald");
        assertThat(Jsoup.parse(c.htmlFull()).text()).doesNotContain("Subscribe to The Test Herald");
    }

    @Test
    void aCustomIssueEscapesWhatWasTypedAndLinksAddresses() {
        NewsletterList list = NewsletterFixtures.manualList(ctx, "Notices");
        Map<String, String> typed = new HashMap<>(Map.of("list", String.valueOf(list.id()), "kind", "custom",
                "subject", "Our new app", "text", "Hello <b>readers</b>.\n\nGet it at https://news.example.org/app."));
        IssueContent c = desk.render(desk.check(typed));
        Document html = Jsoup.parse(c.htmlFull());
        assertThat(html.select("b")).isEmpty();
        assertThat(html.text()).contains("Hello <b>readers</b>.");
        assertThat(html.select("a[href=https://news.example.org/app]").text()).isEqualTo("https://news.example.org/app");
        assertThat(c.textFull()).contains("Get it at https://news.example.org/app.");
        assertThat(c.htmlExcerpt()).isEqualTo(c.htmlFull());
    }

    @Test
    void anOffersListReachesTheMembersWhoseLatestOffersConsentIsAGrant() {
        NewsletterList offers = ctx.getBean(NewsletterLists.class).create(new SaveList("Offers " + UUID.randomUUID(),
                "offers-" + UUID.randomUUID().toString().substring(0, 8), "Deals.", ListKind.OFFERS, Cadence.MANUAL,
                null, null, "The Test Herald", "offers@example.org", null, Audience.EVERYONE, List.of()));
        long before = audiences.count(offers);
        Member yes = MemberFixtures.member(ctx, "Yes");
        Member changed = MemberFixtures.member(ctx, "Changed");
        long wording = consents.currentWording(Consents.OFFERS).id();
        consents.record(yes.id(), Consents.OFFERS, true, "test", wording);
        consents.record(changed.id(), Consents.OFFERS, true, "test", wording);
        consents.record(changed.id(), Consents.OFFERS, false, "test", wording);
        assertThat(audiences.count(offers)).isEqualTo(before + 1);
    }

    private ArticleSummary summary(Article a) {
        return ctx.getBean(org.masthead.content.ArticleQueries.class).summaries(List.of(a.id())).get(0);
    }
}
