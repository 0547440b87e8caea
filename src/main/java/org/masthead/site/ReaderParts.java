package org.masthead.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.content.AccessLevel;
import org.masthead.content.Article;
import org.masthead.paywall.ArticleAccess;
import org.masthead.paywall.ArticleAccess.Verdict;
import org.masthead.paywall.PaywallProperties;
import org.masthead.paywall.ReaderKind;
import org.masthead.platform.Templates;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The small per-request part of an article page, around the cached renderings: the paywall's verdict for this
 * reader, which cached rendering it picks ({@link #variant}: the whole text, or the excerpt with one kind of wall),
 * the two fragments spliced into it (the meter notice above the article, the benefits panel below it) and the
 * {@code Cache-Control} the answer may carry. Both the article controller (rendering a miss) and the page cache
 * (serving a hit) ask here, and the verdict is worked out once per request, so they cannot disagree.
 */
@Component
class ReaderParts {

    /** Answers that depend on the reader: browsers revalidate them, and no shared cache keeps them. */
    static final String PRIVATE = "private, no-cache";
    /** Article answers differ by the reader's cookies (a CDN that honours Vary keeps one copy per cookie set). */
    static final String VARY = "Accept-Encoding, Cookie";
    private static final String RENDERED = ReaderParts.class.getName() + ".rendered";
    private static final byte[] NOTHING = new byte[0];

    /** What an article page is, for the page cache: the article and its level, known without rendering it. */
    record Gate(long articleId, AccessLevel access) { }

    /** This reader's part of one article answer. {@code fragments} fill the page's two reader slots, in order. */
    record Personal(Verdict verdict, String variant, byte[][] fragments, String cacheControl) {
        boolean counts() {
            return verdict.access().counts();
        }

        boolean shared() {
            return verdict.access().shared();
        }
    }

    /** Noted on the request by the article controller, so the page cache keeps the rendering as that variant. */
    record Rendered(Gate gate, String path) { }

    private final ArticleAccess access;
    private final PaywallViews views;
    private final Templates templates;
    private final String publicCacheControl;
    /** Rendered fragments by their view record (records are equal by value): a few per page and meter state. */
    private final Cache<Object, byte[]> rendered = Caffeine.newBuilder().maximumSize(4096).executor(Runnable::run).build();

    ReaderParts(ArticleAccess access, PaywallProperties paywall, Templates templates, SiteProperties props) {
        this.access = access;
        this.views = new PaywallViews(paywall);
        this.templates = templates;
        this.publicCacheControl = props.publicCacheControl();
    }

    /** For the article controller: the wall this reader meets on {@code a} (null: the whole text). */
    Views.Wall wall(HttpServletRequest req, HttpServletResponse res, Article a, String path) {
        Verdict v = access.check(req, a.id(), a.access());
        req.setAttribute(RENDERED, new Rendered(new Gate(a.id(), a.access()), path));
        res.setHeader("Cache-Control", cacheControl(v)); // right even where the page cache does not answer
        return views.wall(v.access(), v.reader(), a.access(), path);
    }

    /** The article the request's rendering showed, or null when it was not an article page. */
    static Rendered rendered(HttpServletRequest req) {
        return req.getAttribute(RENDERED) instanceof Rendered r ? r : null;
    }

    Personal personal(HttpServletRequest req, Gate gate, String path) {
        Verdict v = access.check(req, gate.articleId(), gate.access());
        byte[] notice = fragment("site/meter-notice", views.notice(v.access(), v.reader(), path));
        byte[] benefits = fragment("site/benefits", views.benefits(v.access(), v.reader(), path));
        return new Personal(v, variant(v), new byte[][] {notice, benefits}, cacheControl(v));
    }

    /** Writes what the view counts (the meter cookie, or a member's first read): only for a view actually sent. */
    void count(Personal p, HttpServletResponse res) {
        access.count(p.verdict(), res);
    }

    /**
     * The cached rendering a verdict picks: {@code full}, or the wall's kind, for anonymous readers or the others
     * (a premium wall offers anonymous readers a way to sign in). Never a count or anything else personal.
     */
    static String variant(Verdict v) {
        if (v.access().fullText()) {
            return "full";
        }
        return v.access().wall().name().toLowerCase(Locale.ROOT) + (v.reader() == ReaderKind.ANONYMOUS ? "" : "-reader");
    }

    private String cacheControl(Verdict v) {
        return v.access().shared() ? publicCacheControl : PRIVATE;
    }

    private byte[] fragment(String template, Object view) {
        return view == null ? NOTHING : rendered.get(view, v -> templates.render(template, v));
    }
}
