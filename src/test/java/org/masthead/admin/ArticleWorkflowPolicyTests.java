package org.masthead.admin;

import org.junit.jupiter.api.Test;
import org.masthead.admin.ArticleWorkflowPolicy.Action;
import org.masthead.content.ArticleStatus;
import org.masthead.staff.Role;
import org.masthead.staff.RolePolicy;
import org.masthead.staff.StaffUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.admin.ArticleWorkflowPolicy.Action.*;
import static org.masthead.content.ArticleStatus.*;

/**
 * The whole matrix: every role × own or another's × every status × every action, against the table below.
 * A line is "role, own?, status: the actions allowed"; anything not listed is refused.
 */
class ArticleWorkflowPolicyTests {

    private static final Set<ArticleStatus> ALL = EnumSet.allOf(ArticleStatus.class);

    /** What each role may do to its own articles, by status. */
    private static Set<Action> own(Role role, ArticleStatus s) {
        return switch (role) {
            case CONTRIBUTOR -> switch (s) {
                case DRAFT -> EnumSet.of(VIEW, EDIT, RESTORE, SUBMIT);
                case SUBMITTED -> EnumSet.of(VIEW, WITHDRAW);
                default -> EnumSet.of(VIEW);
            };
            case AUTHOR -> switch (s) {
                case DRAFT -> EnumSet.of(VIEW, EDIT, RESTORE, SUBMIT, PUBLISH, SCHEDULE);
                case SUBMITTED -> EnumSet.of(VIEW, EDIT, RESTORE, WITHDRAW, PUBLISH, SCHEDULE);
                case SCHEDULED -> EnumSet.of(VIEW, EDIT, RESTORE, PUBLISH, SCHEDULE, UNPUBLISH);
                case PUBLISHED -> EnumSet.of(VIEW, EDIT, RESTORE, UNPUBLISH);
                case UNPUBLISHED -> EnumSet.of(VIEW, EDIT, RESTORE, PUBLISH, SCHEDULE);
            };
            case MODERATOR -> EnumSet.noneOf(Action.class);
            case EDITOR, ADMIN, OWNER -> editor(s);
        };
    }

    /** What each role may do to someone else's articles (or nobody's: imported), by status. */
    private static Set<Action> others(Role role, ArticleStatus s) {
        return switch (role) {
            case CONTRIBUTOR, AUTHOR, MODERATOR -> EnumSet.noneOf(Action.class);
            case EDITOR, ADMIN, OWNER -> editor(s);
        };
    }

    private static Set<Action> editor(ArticleStatus s) {
        Set<Action> out = EnumSet.of(VIEW, EDIT, RESTORE, DELETE);
        switch (s) {
            case DRAFT -> out.addAll(List.of(SUBMIT, PUBLISH, SCHEDULE));
            case SUBMITTED -> out.addAll(List.of(WITHDRAW, PUBLISH, SCHEDULE));
            case SCHEDULED -> out.addAll(List.of(PUBLISH, SCHEDULE, UNPUBLISH));
            case PUBLISHED -> out.add(UNPUBLISH);
            case UNPUBLISHED -> out.addAll(List.of(PUBLISH, SCHEDULE));
        }
        return out;
    }

    @Test
    void everyRoleOwnershipStatusAndActionIsDecidedAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Role role : Role.values()) {
            for (boolean mine : new boolean[]{true, false}) {
                for (ArticleStatus status : ALL) {
                    Set<Action> expected = mine ? own(role, status) : others(role, status);
                    for (Action action : Action.values()) {
                        cells++;
                        boolean allowed = ArticleWorkflowPolicy.allows(p -> RolePolicy.allows(role, p), mine, status, action);
                        if (allowed != expected.contains(action)) {
                            wrong.add(role + (mine ? " own " : " others' ") + status + " " + action + " → " + allowed);
                        }
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(Role.values().length * 2 * ALL.size() * Action.values().length);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aNewArticleIsTheWritersOwnDraftWithNothingYetToLookAt() {
        for (Role role : Role.values()) {
            StaffUser me = new StaffUser(1, "x@example.org", "X", role, false, true, Instant.EPOCH);
            Set<Action> expected = EnumSet.noneOf(Action.class);
            expected.addAll(own(role, DRAFT));
            expected.remove(VIEW);
            assertThat(ArticleWorkflowPolicy.allowedOnNew(me)).as(role.name()).isEqualTo(expected);
        }
    }

    @Test
    void onlyArticlesNobodyCanSeeOrThatAreNotAboutToGoOutAreSavedAutomatically() {
        assertThat(EnumSet.allOf(ArticleStatus.class).stream().filter(ArticleWorkflowPolicy::autosaves))
                .containsExactlyInAnyOrder(DRAFT, SUBMITTED, UNPUBLISHED);
    }
}
