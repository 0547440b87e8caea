package org.masthead.admin;

import org.masthead.staff.Permission;
import org.masthead.staff.StaffChrome;
import org.springframework.stereotype.Component;

import java.util.List;

/** "Consents" in the staff navigation, for those who manage reader accounts. */
@Component
class ConsentsNavigation implements StaffChrome.Navigation {

    @Override
    public List<StaffChrome.NavItem> items() {
        return List.of(new StaffChrome.NavItem("/admin/consents", "Consents", Permission.MANAGE_MEMBERS, 80));
    }
}
