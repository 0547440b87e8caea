package org.masthead.staff;

import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;

/** A member of staff as other modules see them: who they are, their role and what it allows. */
public record StaffUser(long id, String email, String name, Role role, boolean totpEnabled, boolean active,
                        Instant createdAt) {

    public boolean can(Permission permission) {
        return active && RolePolicy.allows(role, permission);
    }

    /** Refuses with 403 unless the role allows it; the one way screens check permissions. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDeniedException(name + " (" + role + ") may not " + permission);
        }
    }
}
