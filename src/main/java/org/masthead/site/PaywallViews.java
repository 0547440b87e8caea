package org.masthead.site;

import org.masthead.content.AccessLevel;
import org.masthead.paywall.Access;
import org.masthead.paywall.PaywallProperties;
import org.masthead.paywall.ReaderKind;
import org.masthead.site.Views.Benefits;
import org.masthead.site.Views.Link;
import org.masthead.site.Views.MeterNotice;
import org.masthead.site.Views.Wall;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The words of the paywall on article pages, from the access rule's answer: the wall, the meter notice and the
 * benefits panel. Formatting only; what the reader may read was decided by {@code paywall.AccessRule}. A wall
 * depends on the article's level and the kind of reader alone (never on a count), so it is cached with the page.
 */
final class PaywallViews {

    private final int anonymousLimit;
    private final int memberLimit;

    PaywallViews(PaywallProperties props) {
        this.anonymousLimit = props.anonymousLimit();
        this.memberLimit = props.memberLimit();
    }

    /** Null when the reader reads the whole article. */
    Wall wall(Access access, ReaderKind reader, AccessLevel level, String path) {
        if (access.fullText()) {
            return null;
        }
        Link signIn = new Link(signInHref(path), "Sign in");
        return switch (access.wall()) {
            case NONE -> null;
            case SIGN_UP -> new Wall("sign-up", anonymousLimit == 0 ? "Register to keep reading"
                    : "You’ve read your " + free(anonymousLimit) + " this month",
                    "Register for free to read " + free(memberLimit) + " a month, or subscribe to read everything.",
                    new Link(signUpHref(path), "Register for free"),
                    List.of(new Link(signIn.href(), "Already registered? Sign in"), new Link("/subscribe", "See subscriptions")),
                    benefitItems());
            case SIGN_IN -> new Wall("sign-in", "Welcome back", "Sign in to keep reading. It only takes a moment.",
                    signIn, List.of(), List.of());
            case SUBSCRIBE -> level == AccessLevel.PREMIUM
                    ? new Wall("subscribe", "This story is for subscribers",
                    "Subscribe to read it, and every other story we publish.", new Link("/subscribe", "See subscriptions"),
                    reader == ReaderKind.ANONYMOUS ? List.of(new Link(signIn.href(), "Already a subscriber? Sign in")) : List.of(),
                    List.of())
                    : new Wall("subscribe", "You’ve read your " + free(memberLimit) + " this month",
                    "Subscribe to read every story, with no limit.", new Link("/subscribe", "See subscriptions"),
                    List.of(), List.of());
        };
    }

    /** Null unless a meter applies to this view. */
    MeterNotice notice(Access access, ReaderKind reader, String path) {
        if (access.notice() == null) {
            return null;
        }
        Link action = reader == ReaderKind.ANONYMOUS
                ? new Link(signUpHref(path), "Register for " + memberLimit + " a month")
                : new Link("/subscribe", "Subscribe for unlimited reading");
        return new MeterNotice(access.notice(), action);
    }

    /** Only anonymous readers of the whole text are told what an account gives (the sign-up wall says it itself). */
    Benefits benefits(Access access, ReaderKind reader, String path) {
        if (reader != ReaderKind.ANONYMOUS || !access.fullText()) {
            return null;
        }
        return new Benefits("Get more with a free account", benefitItems(), new Link(signUpHref(path), "Register for free"),
                new Link(signInHref(path), "Sign in"));
    }

    private List<String> benefitItems() {
        return List.of(free(memberLimit) + " every month", "Save stories to read later",
                "Join the conversation in the comments", "Newsletters from our newsroom");
    }

    private static String free(int n) {
        return n + (n == 1 ? " free article" : " free articles");
    }

    private static String signInHref(String path) {
        return "/account/sign-in?next=" + next(path);
    }

    private static String signUpHref(String path) {
        return "/account/sign-up?next=" + next(path);
    }

    /** An article's path as a query value: as it is when it needs no escaping (always, for our paths), else encoded. */
    private static String next(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/' || c == '-')) {
                return URLEncoder.encode(path, StandardCharsets.UTF_8);
            }
        }
        return path;
    }
}
