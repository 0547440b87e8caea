package org.masthead.admin;

import org.masthead.staff.Permission;
import org.masthead.staff.StaffChrome;
import org.springframework.stereotype.Component;

import java.util.List;

/** "Media" in the staff navigation, for everyone who sees the newsroom (uploading is a separate permission). */
@Component
class MediaNavigation implements StaffChrome.Navigation {

    @Override
    public List<StaffChrome.NavItem> items() {
        return List.of(new StaffChrome.NavItem("/admin/media", "Media", Permission.VIEW_DASHBOARD, 30));
    }
}
