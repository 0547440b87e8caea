package org.masthead.staff;

import org.masthead.platform.Publication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On a start with no owner: creates the owner from MASTHEAD_OWNER_EMAIL/PASSWORD when given, otherwise
 * prints a one-time setup link. The token lives in the database, so the link works on any node.
 */
@Component
@Profile("!cli")
class FirstStart {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final StaffService staff;
    private final StaffProperties props;
    private final Publication publication;

    FirstStart(StaffService staff, StaffProperties props, Publication publication) {
        this.staff = staff;
        this.props = props;
        this.publication = publication;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (staff.ownerExists()) {
            return;
        }
        if (!props.ownerEmail().isBlank() && !props.ownerPassword().isBlank()) {
            staff.createOwner(props.ownerEmail(), props.ownerName(), props.ownerPassword());
            log.info("Created the owner account {} from configuration", props.ownerEmail());
            return;
        }
        String token = staff.newSetupToken();
        log.warn("No owner yet. Create one at {}/admin/setup?token={} (one-time link)", publication.baseUrl(), token);
    }
}
