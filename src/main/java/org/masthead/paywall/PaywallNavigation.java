package org.masthead.paywall;

import org.masthead.staff.Permission;
import org.masthead.staff.StaffChrome;
import org.springframework.stereotype.Component;

import java.util.List;

/** The paywall's screens in the staff navigation. */
@Component
class PaywallNavigation implements StaffChrome.Navigation {

    @Override
    public List<StaffChrome.NavItem> items() {
        return List.of(new StaffChrome.NavItem("/admin/plans", "Plans", Permission.MANAGE_PLANS, 70),
                new StaffChrome.NavItem("/admin/subscriptions", "Subscribers", Permission.MANAGE_PLANS, 72));
    }
}
