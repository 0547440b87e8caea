package org.masthead.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One warning at start when no SMTP server is configured, so nobody waits for mail that is only kept. */
@Component
@Profile("!cli")
class KeptMailNotice {

    private static final Logger log = LoggerFactory.getLogger(KeptMailNotice.class);

    private final MailService mail;

    KeptMailNotice(MailService mail) {
        this.mail = mail;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenKept() {
        if (!mail.deliveringEnabled()) {
            log.warn("No SMTP server configured (MASTHEAD_SMTP_HOST): e-mail is kept in the outbox and not sent; "
                    + "read it on the staff outbox page, /admin/outbox");
        }
    }
}
