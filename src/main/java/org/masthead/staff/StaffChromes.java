package org.masthead.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.Csrf;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Builds {@link StaffChrome} for a page: navigation filtered by the viewer's role, current item marked. */
@Component
public class StaffChromes {

    private final List<StaffChrome.Navigation> navigation;
    private final List<StaffChrome.Warnings> warnings;
    private final Publication publication;

    StaffChromes(List<StaffChrome.Navigation> navigation, List<StaffChrome.Warnings> warnings,
                 Publication publication) {
        this.navigation = navigation;
        this.warnings = warnings;
        this.publication = publication;
    }

    public StaffChrome of(StaffUser viewer, HttpServletRequest request) {
        String path = request.getRequestURI();
        List<StaffChrome.NavItem> items = navigation.stream().flatMap(n -> n.items().stream())
                .filter(i -> viewer.can(i.needs()))
                .sorted(Comparator.comparingInt(StaffChrome.NavItem::order))
                .map(i -> new StaffChrome.NavItem(i.href(), i.label(), i.needs(), i.order(), current(path, i.href())))
                .toList();
        List<String> notes = warnings.stream().flatMap(w -> w.warnings(viewer).stream()).toList();
        return new StaffChrome(publication.name(), viewer.name(), label(viewer.role()), items, Csrf.of(request), notes);
    }

    private static boolean current(String path, String href) {
        return href.equals("/admin") ? path.equals("/admin") || path.equals("/admin/") : path.startsWith(href);
    }

    static String label(Role role) {
        String n = role.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
