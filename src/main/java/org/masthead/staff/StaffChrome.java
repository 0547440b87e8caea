package org.masthead.staff;

import org.masthead.platform.Csrf;

import java.util.List;

/**
 * What every signed-in staff page shares: the paper's name, who is signed in, the navigation their role
 * allows, and the CSRF field for the sign-out button.
 */
public record StaffChrome(String siteName, String userName, String roleLabel, List<NavItem> nav, Csrf csrf,
                          List<String> warnings) {

    /** An entry of the staff navigation, shown to those whose role allows {@code needs}. */
    public record NavItem(String href, String label, Permission needs, int order, boolean current) {

        public NavItem(String href, String label, Permission needs, int order) {
            this(href, label, needs, order, false);
        }
    }

    /** A module's screens in the staff navigation; any module may contribute a bean. */
    public interface Navigation {
        List<NavItem> items();
    }

    /** Something the newsroom should know on every screen (e.g. mail is being kept, not sent). */
    public interface Warnings {
        List<String> warnings(StaffUser viewer);
    }
}
