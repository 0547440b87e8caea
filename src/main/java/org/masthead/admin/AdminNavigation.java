package org.masthead.admin;

import org.masthead.staff.Permission;
import org.masthead.staff.StaffChrome;
import org.springframework.stereotype.Component;

import java.util.List;

/** The admin module's screens in the staff navigation. */
@Component
class AdminNavigation implements StaffChrome.Navigation {

    @Override
    public List<StaffChrome.NavItem> items() {
        return List.of(new StaffChrome.NavItem("/admin", "Dashboard", Permission.VIEW_DASHBOARD, 0),
                new StaffChrome.NavItem("/admin/articles", "Articles", Permission.WRITE_DRAFTS, 10),
                new StaffChrome.NavItem("/admin/taxonomy", "Sections & tags", Permission.MANAGE_TAXONOMY, 40),
                new StaffChrome.NavItem("/admin/settings", "Settings", Permission.MANAGE_SETTINGS, 82),
                new StaffChrome.NavItem("/admin/webhooks", "Webhooks", Permission.MANAGE_WEBHOOKS, 84),
                new StaffChrome.NavItem("/admin/outbox", "Outbox", Permission.VIEW_OUTBOX, 85));
    }
}
