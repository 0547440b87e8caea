package org.masthead.admin;

import org.masthead.content.Article;
import org.masthead.content.ArticleStatus;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffUser;
import org.springframework.security.access.AccessDeniedException;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import static org.masthead.content.ArticleStatus.DRAFT;
import static org.masthead.content.ArticleStatus.PUBLISHED;
import static org.masthead.content.ArticleStatus.SCHEDULED;
import static org.masthead.content.ArticleStatus.SUBMITTED;
import static org.masthead.content.ArticleStatus.UNPUBLISHED;

/**
 * Who may do what to an article: the role's permissions ({@code staff.RolePolicy}) × whether the article is
 * one's own (one created it) × its status × the action. Pure and total, tested as a matrix; the newsroom's
 * controllers ask it before acting and build their buttons from its answers, and never compare roles.
 * <ul>
 * <li>Contributors write their own drafts, submit them for review and withdraw them; nothing else.</li>
 * <li>Authors also edit, publish, schedule and unpublish their own articles in any status.</li>
 * <li>Editors and up do all of it to anyone's, and delete.</li>
 * </ul>
 * Articles nobody created here (the Admin API, imports, the demo) are nobody's own: editors' business.
 */
public final class ArticleWorkflowPolicy {

    public enum Action { VIEW, EDIT, SUBMIT, WITHDRAW, PUBLISH, SCHEDULE, UNPUBLISH, DELETE, RESTORE }

    private static final Set<ArticleStatus> PUBLISHABLE = EnumSet.of(DRAFT, SUBMITTED, SCHEDULED, UNPUBLISHED);

    private ArticleWorkflowPolicy() {
    }

    /** The decision: may someone holding {@code can}'s permissions do {@code action} to such an article? */
    public static boolean allows(Predicate<Permission> can, boolean own, ArticleStatus status, Action action) {
        boolean editsAny = can.test(Permission.EDIT_ANY);
        boolean publishes = can.test(Permission.PUBLISH_ANY) || own && can.test(Permission.PUBLISH_OWN);
        boolean writes = own && can.test(Permission.WRITE_DRAFTS);
        boolean edits = editsAny || writes && (status == DRAFT || can.test(Permission.PUBLISH_OWN));
        return switch (action) {
            case VIEW -> editsAny || writes;
            case EDIT, RESTORE -> edits;
            case SUBMIT -> status == DRAFT && (editsAny || own && can.test(Permission.SUBMIT_FOR_REVIEW));
            case WITHDRAW -> status == SUBMITTED && (editsAny || own && can.test(Permission.SUBMIT_FOR_REVIEW));
            case PUBLISH, SCHEDULE -> PUBLISHABLE.contains(status) && publishes && edits;
            case UNPUBLISH -> (status == PUBLISHED || status == SCHEDULED) && publishes && edits;
            case DELETE -> can.test(Permission.DELETE_ARTICLES);
        };
    }

    public static boolean allows(StaffUser me, Article a, Action action) {
        return allows(me, a.createdBy(), a.status(), action);
    }

    /** For a line of a list: the article's creator and status are all the decision needs. */
    public static boolean allows(StaffUser me, Long createdBy, ArticleStatus status, Action action) {
        return allows(me::can, createdBy != null && createdBy == me.id(), status, action);
    }

    /** Every action {@code me} may take on {@code a} now, for the buttons a screen shows. */
    public static Set<Action> allowed(StaffUser me, Article a) {
        return allowed(action -> allows(me, a, action));
    }

    /**
     * The same for an article not yet saved: it will be {@code me}'s own draft. Nothing to look at or look back on
     * before the first save, so no VIEW (which brings preview and history).
     */
    public static Set<Action> allowedOnNew(StaffUser me) {
        Set<Action> out = allowed(action -> allows(me::can, true, DRAFT, action));
        out.remove(Action.VIEW);
        return out;
    }

    /** Refuses with 403, naming nothing of the article, unless allowed. */
    public static void require(StaffUser me, Article a, Action action) {
        if (!allows(me, a, action)) {
            throw new AccessDeniedException(me.name() + " may not " + action + " article " + a.id());
        }
    }

    /** Refuses with 403 unless {@code me} may take {@code action} on a new article of their own. */
    public static void requireOnNew(StaffUser me, Action action) {
        if (!allowedOnNew(me).contains(action)) {
            throw new AccessDeniedException(me.name() + " may not " + action + " a new article");
        }
    }

    private static Set<Action> allowed(Predicate<Action> allows) {
        Set<Action> out = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (allows.test(action)) {
                out.add(action);
            }
        }
        return out;
    }

    /** Whether {@code me} sees everyone's articles in lists, or only their own. */
    public static boolean seesAll(StaffUser me) {
        return me.can(Permission.EDIT_ANY);
    }

    /**
     * Saved by the editor on its own: only an article readers cannot see and that is not about to go out, so a
     * half-typed sentence never reaches a live page.
     */
    public static boolean autosaves(ArticleStatus status) {
        return status == DRAFT || status == SUBMITTED || status == UNPUBLISHED;
    }
}
