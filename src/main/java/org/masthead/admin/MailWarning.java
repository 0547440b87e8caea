package org.masthead.admin;

import org.masthead.mail.MailService;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChrome;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Component;

import java.util.List;

/** On every screen of those who can act on it: e-mail is being kept, not sent. */
@Component
class MailWarning implements StaffChrome.Warnings {

    private final MailService mail;

    MailWarning(MailService mail) {
        this.mail = mail;
    }

    @Override
    public List<String> warnings(StaffUser viewer) {
        return mail.deliveringEnabled() || !viewer.can(Permission.VIEW_OUTBOX) ? List.of()
                : List.of("E-mail is not being sent: no SMTP server is configured (MASTHEAD_SMTP_HOST). "
                + "Messages are kept in the Outbox.");
    }
}
