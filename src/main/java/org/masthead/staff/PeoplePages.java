package org.masthead.staff;

import org.masthead.platform.Form;

import java.util.List;

/** View records of the People screen. */
public final class PeoplePages {
    private PeoplePages() {
    }

    public record RoleOption(String value, String label, boolean selected) { }

    /** One person; {@code roles} are the roles the viewer may give them (empty: the viewer may not change it). */
    public record Person(long id, String name, String email, String role, boolean active, boolean totp, boolean me,
                         List<RoleOption> roles, boolean mayDeactivate, boolean mayReceiveOwnership) { }

    public record Invitation(long id, String email, String role, String expires) { }

    public record PeoplePage(StaffChrome chrome, List<Person> people, List<Invitation> invitations,
                             List<RoleOption> inviteRoles, Form invite, boolean totpRequired, boolean maySetPolicy,
                             Form transfer, String notice) { }
}
