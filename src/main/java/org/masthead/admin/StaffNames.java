package org.masthead.admin;

import org.masthead.staff.StaffService;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/** Names for the staff user ids that {@code content} remembers (it knows ids only, not people). */
@Component
class StaffNames {

    private final StaffService staff;

    StaffNames(StaffService staff) {
        this.staff = staff;
    }

    /** "Lena Varga"; "the Admin API or the scheduler" for no one; "a former colleague" for an id gone since. */
    String name(Long id) {
        if (id == null) {
            return "the Admin API or the scheduler";
        }
        return staff.user(id).map(StaffUser::name).orElse("a former colleague");
    }

    /** The same for many ids, looking each person up once (a history lists the same few people many times). */
    Map<Long, String> names(Iterable<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        for (Long id : ids) {
            if (id != null) {
                out.computeIfAbsent(id, this::name);
            }
        }
        return out;
    }
}
