package org.masthead.staff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole role × permission matrix, written out, so a change to who may do what is a visible diff. */
class RolePolicyTests {

    //                              CONTRIB AUTHOR MODER EDITOR ADMIN OWNER
    private static final Object[][] MATRIX = {
            {Permission.VIEW_DASHBOARD,     1, 1, 1, 1, 1, 1},
            {Permission.WRITE_DRAFTS,       1, 1, 0, 1, 1, 1},
            {Permission.SUBMIT_FOR_REVIEW,  1, 1, 0, 1, 1, 1},
            {Permission.PUBLISH_OWN,        0, 1, 0, 1, 1, 1},
            {Permission.EDIT_ANY,           0, 0, 0, 1, 1, 1},
            {Permission.PUBLISH_ANY,        0, 0, 0, 1, 1, 1},
            {Permission.DELETE_ARTICLES,    0, 0, 0, 1, 1, 1},
            {Permission.UPLOAD_MEDIA,       1, 1, 0, 1, 1, 1},
            {Permission.MANAGE_TAXONOMY,    0, 0, 0, 1, 1, 1},
            {Permission.MODERATE_COMMENTS,  0, 0, 1, 1, 1, 1},
            {Permission.MANAGE_USERS,       0, 0, 0, 0, 1, 1},
            {Permission.MANAGE_SETTINGS,    0, 0, 0, 0, 1, 1},
            {Permission.MANAGE_API_KEYS,    0, 0, 0, 0, 1, 1},
            {Permission.MANAGE_WEBHOOKS,    0, 0, 0, 0, 1, 1},
            {Permission.VIEW_OUTBOX,        0, 0, 0, 0, 1, 1},
            {Permission.MANAGE_PLANS,       0, 0, 0, 0, 1, 1},
            {Permission.MANAGE_MEMBERS,     0, 0, 0, 0, 1, 1},
            {Permission.SEND_NEWSLETTERS,   0, 0, 0, 1, 1, 1},
            {Permission.MANAGE_NEWSLETTERS, 0, 0, 0, 0, 1, 1},
            {Permission.TRANSFER_OWNERSHIP, 0, 0, 0, 0, 0, 1},
    };
    private static final Role[] COLUMNS = {Role.CONTRIBUTOR, Role.AUTHOR, Role.MODERATOR, Role.EDITOR, Role.ADMIN, Role.OWNER};

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (Object[] row : MATRIX) {
            for (int c = 0; c < COLUMNS.length; c++) {
                out.add(Arguments.of(COLUMNS[c], row[0], (int) row[c + 1] == 1));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("matrix")
    void eachRoleHoldsExactlyItsPermissions(Role role, Permission permission, boolean allowed) {
        assertThat(RolePolicy.allows(role, permission)).isEqualTo(allowed);
    }

    @org.junit.jupiter.api.Test
    void theMatrixCoversEveryPermission() {
        assertThat(MATRIX.length).isEqualTo(Permission.values().length);
    }

    static Stream<Arguments> assignments() {
        return Stream.of(
                Arguments.of(Role.ADMIN, Role.CONTRIBUTOR, Role.EDITOR, true),
                Arguments.of(Role.ADMIN, Role.EDITOR, Role.AUTHOR, true),
                Arguments.of(Role.ADMIN, Role.EDITOR, Role.ADMIN, false),
                Arguments.of(Role.ADMIN, Role.ADMIN, Role.EDITOR, false),
                Arguments.of(Role.ADMIN, Role.OWNER, Role.EDITOR, false),
                Arguments.of(Role.ADMIN, Role.EDITOR, Role.OWNER, false),
                Arguments.of(Role.OWNER, Role.EDITOR, Role.ADMIN, true),
                Arguments.of(Role.OWNER, Role.ADMIN, Role.MODERATOR, true),
                Arguments.of(Role.OWNER, Role.ADMIN, Role.OWNER, false),
                Arguments.of(Role.EDITOR, Role.CONTRIBUTOR, Role.AUTHOR, false),
                Arguments.of(Role.CONTRIBUTOR, Role.CONTRIBUTOR, Role.OWNER, false));
    }

    @ParameterizedTest(name = "{0} makes a {1} a {2} -> {3}")
    @MethodSource("assignments")
    void onlyTheOwnerTouchesAdminsAndNobodyIsMadeOwner(Role actor, Role from, Role to, boolean allowed) {
        assertThat(RolePolicy.mayAssign(actor, from, to)).isEqualTo(allowed);
    }

    @org.junit.jupiter.api.Test
    void deactivationFollowsTheSameRanks() {
        assertThat(RolePolicy.mayDeactivate(Role.ADMIN, Role.EDITOR)).isTrue();
        assertThat(RolePolicy.mayDeactivate(Role.ADMIN, Role.ADMIN)).isFalse();
        assertThat(RolePolicy.mayDeactivate(Role.OWNER, Role.ADMIN)).isTrue();
        assertThat(RolePolicy.mayDeactivate(Role.OWNER, Role.OWNER)).isFalse();
        assertThat(RolePolicy.mayDeactivate(Role.EDITOR, Role.CONTRIBUTOR)).isFalse();
    }
}
