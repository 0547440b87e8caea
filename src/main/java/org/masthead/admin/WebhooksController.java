package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.Publication;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.masthead.webhooks.IssuedSecret;
import org.masthead.webhooks.SaveEndpoint;
import org.masthead.webhooks.WebhookDelivery;
import org.masthead.webhooks.WebhookEndpoint;
import org.masthead.webhooks.WebhookEventType;
import org.masthead.webhooks.WebhookService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Webhooks: the endpoints, registering one (its secret shown once, in the answer), editing, rotating the
 * secret, deleting, and each endpoint's recent deliveries with their attempts and a redeliver button. The
 * rules are {@link WebhookService}'s, the same the Admin API follows.
 */
@Controller
@RequestMapping("/admin/webhooks")
class WebhooksController {

    static final int DELIVERIES_SHOWN = 25;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm:ss z", Locale.ENGLISH);

    private final WebhookService webhooks;
    private final StaffChromes chromes;
    private final Publication publication;

    WebhooksController(WebhookService webhooks, StaffChromes chromes, Publication publication) {
        this.webhooks = webhooks;
        this.chromes = chromes;
        this.publication = publication;
    }

    @GetMapping
    String list(StaffUser me, @RequestParam(required = false) String done, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_WEBHOOKS);
        return listPage(me, Form.values(Map.of("active", "on")), "deleted".equals(done) ? "Endpoint deleted." : "", req, model);
    }

    @PostMapping
    String register(StaffUser me, @RequestParam Map<String, String> typed, @RequestParam(required = false) List<String> events,
                    HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_WEBHOOKS);
        try {
            IssuedSecret issued = webhooks.register(command(typed, events));
            return endpointPage(me, issued.endpoint(), Form.values(values(issued.endpoint())), issued.secret(),
                    "Endpoint registered. Copy its signing secret now: it is shown this once.", "", req, model);
        } catch (InvalidInputException e) {
            return listPage(me, Form.of(typed(typed, events), e), "", req, model);
        }
    }

    @GetMapping("/{id}")
    String show(StaffUser me, @PathVariable long id, @RequestParam(required = false) String done, HttpServletRequest req,
                Model model) {
        me.require(Permission.MANAGE_WEBHOOKS);
        WebhookEndpoint e = webhooks.endpoint(id);
        String notice = done == null ? "" : switch (done) {
            case "saved" -> "Endpoint saved.";
            case "redelivered" -> "Delivery queued again; it goes out within seconds.";
            default -> "";
        };
        return endpointPage(me, e, Form.values(values(e)), null, notice, "", req, model);
    }

    @PostMapping("/{id}")
    String update(StaffUser me, @PathVariable long id, @RequestParam Map<String, String> typed,
                  @RequestParam(required = false) List<String> events, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_WEBHOOKS);
        WebhookEndpoint e = webhooks.endpoint(id);
        try {
            webhooks.update(id, command(typed, events));
            return "redirect:/admin/webhooks/" + id + "?done=saved";
        } catch (InvalidInputException ex) {
            return endpointPage(me, e, Form.of(typed(typed, events), ex), null, "", "", req, model);
        }
    }

    @PostMapping("/{id}/rotate-secret")
    String rotate(StaffUser me, @PathVariable long id, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_WEBHOOKS);
        IssuedSecret issued = webhooks.rotateSecret(id);
        return endpointPage(me, issued.endpoint(), Form.values(values(issued.endpoint())), issued.secret(),
                "New secret issued. Deliveries are signed with the old one too for a day, while the receiver switches.",
                "", req, model);
    }

    @PostMapping("/{id}/delete")
    String delete(StaffUser me, @PathVariable long id) {
        me.require(Permission.MANAGE_WEBHOOKS);
        webhooks.delete(id);
        return "redirect:/admin/webhooks?done=deleted";
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    String redeliver(StaffUser me, @PathVariable long id, @PathVariable String deliveryId, HttpServletRequest req,
                     Model model) {
        me.require(Permission.MANAGE_WEBHOOKS);
        WebhookEndpoint e = webhooks.endpoint(id);
        try {
            webhooks.redeliver(id, deliveryId);
            return "redirect:/admin/webhooks/" + id + "?done=redelivered";
        } catch (InvalidInputException ex) {
            return endpointPage(me, e, Form.values(values(e)), null, "", "Not sent again: " + ex.errors().get(0).message()
                    + ".", req, model);
        }
    }

    private String listPage(StaffUser me, Form form, String notice, HttpServletRequest req, Model model) {
        List<WebhookPages.EndpointRow> rows = webhooks.endpoints().stream().map(e -> new WebhookPages.EndpointRow(e.id(),
                e.url(), e.description(), e.events().stream().map(WebhookEventType::wireName).toList(), state(e),
                e.disabledReason() == null ? "" : e.disabledReason())).toList();
        model.addAttribute("page", new WebhookPages.ListPage(chromes.of(me, req), rows, form, options(form), notice));
        return "admin/webhooks";
    }

    private String endpointPage(StaffUser me, WebhookEndpoint e, Form form, String secret, String notice, String error,
                                HttpServletRequest req, Model model) {
        DateTimeFormatter when = WHEN.withZone(publication.timeZone());
        List<WebhookPages.DeliveryRow> deliveries = webhooks.recentDeliveries(e.id(), DELIVERIES_SHOWN).stream()
                .map(d -> delivery(e, d, when)).toList();
        model.addAttribute("page", new WebhookPages.EndpointPage(chromes.of(me, req), e.id(), e.url(), state(e),
                e.disabledReason() == null ? "" : e.disabledReason(), form, options(form), secret, deliveries, notice, error));
        return "admin/webhook";
    }

    private static WebhookPages.DeliveryRow delivery(WebhookEndpoint e, WebhookDelivery d, DateTimeFormatter when) {
        List<WebhookPages.AttemptRow> log = d.log().stream().map(a -> new WebhookPages.AttemptRow(format(when, a.at()),
                a.statusCode() == null ? "no answer" : String.valueOf(a.statusCode()),
                a.statusCode() != null && a.statusCode() >= 200 && a.statusCode() < 300, a.durationMs() + " ms",
                a.response() == null ? "" : a.response(), a.error() == null ? "" : a.error())).toList();
        return new WebhookPages.DeliveryRow(d.id(), d.event().wireName(), d.status().name().toLowerCase(Locale.ROOT),
                format(when, d.createdAt()), d.attempts(),
                d.status() == WebhookDelivery.Status.PENDING ? format(when, d.nextAttemptAt()) : "",
                d.outcome() == null ? "" : d.outcome(),
                "/admin/webhooks/" + e.id() + "/deliveries/" + d.id() + "/redeliver", log);
    }

    private static SaveEndpoint command(Map<String, String> typed, List<String> events) {
        return new SaveEndpoint(typed.getOrDefault("url", "").strip(), events == null ? List.of() : events,
                typed.get("description"), typed.containsKey("active"));
    }

    /** The form's values as typed: ticked events as {@code event:NAME}. */
    private static Map<String, String> typed(Map<String, String> typed, List<String> events) {
        Map<String, String> v = new HashMap<>(typed);
        (events == null ? List.<String>of() : events).forEach(ev -> v.put("event:" + ev, "on"));
        return v;
    }

    private static Map<String, String> values(WebhookEndpoint e) {
        Map<String, String> v = new HashMap<>(Map.of("url", e.url(), "description", e.description()));
        if (e.active()) {
            v.put("active", "on");
        }
        e.events().forEach(ev -> v.put("event:" + ev.wireName(), "on"));
        return v;
    }

    private static List<WebhookPages.EventOption> options(Form form) {
        return Arrays.stream(WebhookEventType.values()).map(t -> new WebhookPages.EventOption(t.wireName(),
                !form.value("event:" + t.wireName()).isEmpty())).toList();
    }

    private static String state(WebhookEndpoint e) {
        return e.active() ? "active" : e.disabledReason() != null && !e.disabledReason().isBlank() ? "disabled" : "inactive";
    }

    private static String format(DateTimeFormatter when, Instant at) {
        return at == null ? "" : when.format(at);
    }
}
