package org.masthead.site;

import java.util.List;

/** The view records the reader templates format. One page record per template; the rest are parts. */
public final class Views {
    private Views() {
    }

    public record Link(String href, String text) { }

    /** A feed a page advertises in its head: {@code <link rel="alternate" type=… title=… href=…>}. */
    public record FeedLink(String href, String type, String title) { }

    /**
     * What every page shares: masthead (the uploaded {@code logo}, or the name set in type when null), navigation,
     * footer with the paper's {@code social} profiles.
     */
    public record Chrome(String siteName, String language, String homeHref, List<Link> nav, List<Link> footer,
                         String year, String tagline, Logo logo, List<Link> social) { }

    /** An uploaded logo, shown in the masthead in place of the name. */
    public record Logo(String src, int width, int height) { }

    /** Head metadata: title, canonical URL, social cards, structured data, feeds, pagination links. */
    public record Meta(String title, String description, String canonical, String ogType, String image,
                       String imageAlt, String jsonLd, List<FeedLink> feeds, String prevHref, String nextHref,
                       String publishedIso, String modifiedIso, String section, List<String> tags) { }

    public record Shown(String iso, String text) { }

    public record Picture(String src, String srcset, String sizes, String alt, int width, int height,
                          String caption, String credit) { }

    /** {@code id} names the story to the Save button. */
    public record Card(long id, String href, String headline, String standfirst, Link section, Shown published,
                       Picture picture, List<Link> bylines, String access) { }

    public record Pagination(int page, int pages, String prevHref, String nextHref) { }

    public record SectionBlock(Link section, List<Card> cards) { }

    public record HomePage(Chrome chrome, Meta meta, Card lead, List<Card> top, List<SectionBlock> sections,
                           List<Card> latest, List<Link> mostRead) { }

    /** A section, tag or author page. {@code kind} is shown above the title ("Section", "Desk", …). */
    public record ListingPage(Chrome chrome, Meta meta, String kind, String title, String description,
                              String jobTitle, Picture photo, List<Link> subsections, List<Card> cards, Pagination pagination,
                              String feedHref) { }

    public record Correction(Shown at, String text) { }

    public record LatestItem(String href, String headline, String excerpt, Shown published) { }

    /**
     * {@code id} is sent back by the page's view beacon (stats), once per view. With the whole text {@code bodyHtml}
     * is the body and {@code wall} null; for a reader the paywall stops, {@code bodyHtml} is empty,
     * {@code excerptHtml} holds the free opening paragraphs and {@code wall} says why and what next. {@code newsletter}
     * is the sign-up box below the story, or null.
     */
    public record ArticleView(long id, Chrome chrome, Meta meta, Link section, String headline, String standfirst,
                              List<Link> bylines, String dateline, Shown published, Shown updated,
                              List<Correction> corrections, Picture lead, String bodyHtml, List<Link> tags,
                              List<Link> share, List<LatestItem> latest, List<Link> mostRead,
                              NewsletterPages.Box newsletter, String access, String excerptHtml, Wall wall) { }

    /**
     * The paywall's wall: {@code kind} names it for styles and script (sign-up, sign-in, subscribe); {@code primary}
     * is the way on, {@code others} the alternatives ("Already a subscriber? Sign in"); {@code benefits} what a free
     * account gives, where that is the offer.
     */
    public record Wall(String kind, String title, String text, Link primary, List<Link> others, List<String> benefits) { }

    /** The per-reader line above a metered article: how many free articles are left, and what to do about it. */
    public record MeterNotice(String text, Link action) { }

    /** What a free account gives, shown to anonymous readers below the articles they read. */
    public record Benefits(String title, List<String> items, Link register, Link signIn) { }

    /** The bar above a preview's frames: which version, saved when, and until when the link works. */
    public record PreviewPage(String siteName, String headline, String token, String status, int version,
                              String saved, String expires, boolean newer) { }

    public record ErrorPage(Chrome chrome, Meta meta, int status, String title, String message) { }
}
