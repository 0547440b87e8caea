package org.masthead.staff;

import org.springframework.security.core.AuthenticatedPrincipal;

import java.io.Serializable;

/**
 * Who a staff session belongs to, stored in the database session. Only the id: role and standing are read
 * afresh on every request, so a demotion or deactivation takes effect at once on every node.
 */
public record StaffPrincipal(long id) implements AuthenticatedPrincipal, Serializable {

    /** The session index name, so "sign out everywhere" can find every session of one person. */
    @Override
    public String getName() {
        return "staff:" + id;
    }
}
