package org.masthead.staff;

import org.springframework.stereotype.Component;

import java.util.List;

/** The staff module's own screens in the navigation. */
@Component
class StaffNavigation implements StaffChrome.Navigation {

    @Override
    public List<StaffChrome.NavItem> items() {
        return List.of(new StaffChrome.NavItem("/admin/users", "People", Permission.MANAGE_USERS, 80),
                new StaffChrome.NavItem("/admin/api-keys", "API keys", Permission.MANAGE_API_KEYS, 83),
                new StaffChrome.NavItem("/admin/account", "My account", Permission.VIEW_DASHBOARD, 90));
    }
}
