package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.mail.MailService;
import org.masthead.mail.OutboxEntry;
import org.masthead.platform.NotFoundException;
import org.masthead.platform.Publication;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outbox: every e-mail Masthead accepted, its state and last error. Without an SMTP server this is where
 * kept mail is read, so a newcomer can follow an invitation link with no mail server at all.
 */
@Controller
class OutboxController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm:ss z", Locale.ENGLISH);

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final MailService mail;
    private final StaffChromes chromes;
    private final Publication publication;

    OutboxController(MailService mail, StaffChromes chromes, Publication publication) {
        this.mail = mail;
        this.chromes = chromes;
        this.publication = publication;
    }

    @GetMapping("/admin/outbox")
    String outbox(StaffUser me, HttpServletRequest req, Model model) {
        me.require(Permission.VIEW_OUTBOX);
        List<AdminPages.OutboxRow> rows = mail.recent(200).stream().map(e -> new AdminPages.OutboxRow(e.id(), e.to(),
                e.subject(), e.kind(), e.status().name().toLowerCase(Locale.ROOT), time(e.createdAt()), e.attempts(),
                e.lastError() == null ? "" : e.lastError())).toList();
        model.addAttribute("page", new AdminPages.OutboxPage(chromes.of(me, req), mail.deliveringEnabled(), rows));
        return "admin/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String message(StaffUser me, @PathVariable long id, HttpServletRequest req, Model model) {
        me.require(Permission.VIEW_OUTBOX);
        OutboxEntry e = mail.find(id).orElseThrow(() -> new NotFoundException("no message " + id));
        Matcher m = LINK.matcher(e.text());
        List<String> links = new java.util.ArrayList<>();
        while (m.find()) {
            links.add(m.group());
        }
        model.addAttribute("page", new AdminPages.MessagePage(chromes.of(me, req), e.to(), e.subject(), e.kind(),
                e.status().name().toLowerCase(Locale.ROOT), time(e.createdAt()), time(e.sentAt()), e.attempts(),
                e.lastError() == null ? "" : e.lastError(), e.messageId(), e.text(), links));
        return "admin/outbox-message";
    }

    private String time(Instant at) {
        return at == null ? "" : when().format(at);
    }

    /** In the paper's time zone as it is now: a save of the settings may change it. */
    private DateTimeFormatter when() {
        return WHEN.withZone(publication.timeZone());
    }
}
