package org.masthead.staff;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.masthead.staff.Permission.*;

/**
 * Who may do what: the one place roles meet permissions. Pure and total, tested as a role × permission
 * matrix; controllers and templates ask it and never compare roles themselves.
 */
public final class RolePolicy {

    private static final Set<Permission> CONTRIBUTOR_SET = EnumSet.of(VIEW_DASHBOARD, WRITE_DRAFTS,
            SUBMIT_FOR_REVIEW, UPLOAD_MEDIA);
    private static final Set<Permission> AUTHOR_SET = with(CONTRIBUTOR_SET, PUBLISH_OWN);
    private static final Set<Permission> MODERATOR_SET = EnumSet.of(VIEW_DASHBOARD, MODERATE_COMMENTS);
    private static final Set<Permission> EDITOR_SET = with(AUTHOR_SET, EDIT_ANY, PUBLISH_ANY, DELETE_ARTICLES,
            MANAGE_TAXONOMY, MODERATE_COMMENTS, SEND_NEWSLETTERS);
    private static final Set<Permission> ADMIN_SET = with(EDITOR_SET, MANAGE_USERS, MANAGE_SETTINGS,
            MANAGE_API_KEYS, MANAGE_WEBHOOKS, VIEW_OUTBOX, MANAGE_PLANS, MANAGE_MEMBERS, MANAGE_NEWSLETTERS);
    private static final Set<Permission> OWNER_SET = EnumSet.allOf(Permission.class);

    private static final Map<Role, Set<Permission>> GRANTS = Map.of(Role.CONTRIBUTOR, CONTRIBUTOR_SET,
            Role.AUTHOR, AUTHOR_SET, Role.MODERATOR, MODERATOR_SET, Role.EDITOR, EDITOR_SET,
            Role.ADMIN, ADMIN_SET, Role.OWNER, OWNER_SET);

    private RolePolicy() {
    }

    public static boolean allows(Role role, Permission permission) {
        return role != null && GRANTS.get(role).contains(permission);
    }

    public static Set<Permission> permissions(Role role) {
        return Set.copyOf(GRANTS.get(role));
    }

    /**
     * May {@code actor} give {@code target} (now in role {@code from}) the role {@code to}? Nobody becomes
     * owner this way (ownership is transferred, never assigned), the owner's role is not changed here, and only
     * the owner changes an admin or makes one.
     */
    public static boolean mayAssign(Role actor, Role from, Role to) {
        if (!allows(actor, MANAGE_USERS) || to == Role.OWNER || from == Role.OWNER) {
            return false;
        }
        boolean touchesAdmin = from == Role.ADMIN || to == Role.ADMIN;
        return !touchesAdmin || actor == Role.OWNER;
    }

    /** May {@code actor} deactivate (or reactivate) a staff member in role {@code target}? */
    public static boolean mayDeactivate(Role actor, Role target) {
        return allows(actor, MANAGE_USERS) && target != Role.OWNER && (target != Role.ADMIN || actor == Role.OWNER);
    }

    private static Set<Permission> with(Set<Permission> base, Permission... more) {
        EnumSet<Permission> s = EnumSet.copyOf(base);
        s.addAll(Set.of(more));
        return s;
    }
}
