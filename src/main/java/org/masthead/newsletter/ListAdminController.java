package org.masthead.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.mail.MailService;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.Publication;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The lists (/admin/newsletters): the table with subscriber counts, the form for a new list or a change, and
 * archiving after a confirmation. Admins only ({@code MANAGE_NEWSLETTERS}); editors, who send issues, are sent on
 * to the issues. A refused form comes back with what was typed and a message by each field.
 */
@Controller
class ListAdminController {

    private final NewsletterLists lists;
    private final Subscriptions subscriptions;
    private final TaxonomyService taxonomy;
    private final MailService mail;
    private final Publication publication;
    private final StaffChromes chromes;

    ListAdminController(NewsletterLists lists, Subscriptions subscriptions, TaxonomyService taxonomy, MailService mail,
                        Publication publication, StaffChromes chromes) {
        this.lists = lists;
        this.subscriptions = subscriptions;
        this.taxonomy = taxonomy;
        this.mail = mail;
        this.publication = publication;
        this.chromes = chromes;
    }

    @GetMapping("/admin/newsletters")
    String lists(StaffUser me, @RequestParam(required = false) String done, HttpServletRequest req, Model model) {
        if (!me.can(Permission.MANAGE_NEWSLETTERS) && me.can(Permission.SEND_NEWSLETTERS)) {
            return "redirect:/admin/newsletters/issues";
        }
        me.require(Permission.MANAGE_NEWSLETTERS);
        Map<Long, Long> counts = subscriptions.counts();
        List<ListPages.ListRow> rows = lists.all().stream().map(l -> new ListPages.ListRow(l.id(), l.name(), l.slug(),
                l.kind() == ListKind.OFFERS ? "Offers" : "News", Cadences.summary(l),
                l.audience() == Audience.SUBSCRIBERS ? "Subscribers only" : "Everyone",
                l.kind() == ListKind.OFFERS ? "readers who chose offers" : String.valueOf(counts.getOrDefault(l.id(), 0L)),
                l.archived())).toList();
        String notice = done == null ? "" : switch (done) {
            case "created" -> "Newsletter created. Readers can sign up to it now.";
            case "saved" -> "Newsletter saved.";
            case "archived" -> "Newsletter archived. It is no longer offered or sent.";
            default -> "";
        };
        model.addAttribute("page", new ListPages.ListsPage(chromes.of(me, req), NewsletterNavigation.tabs(me, "lists"),
                rows, notice));
        return "newsletter/lists";
    }

    @GetMapping("/admin/newsletters/new")
    String newList(StaffUser me, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_NEWSLETTERS);
        Map<String, String> defaults = new LinkedHashMap<>(Map.of("kind", "news", "cadence", "manual",
                "audience", "everyone", "senderName", publication.name(), "senderAddress", mail.fromAddress()));
        return form(me, null, Form.values(defaults), List.of(), "", req, model);
    }

    @PostMapping("/admin/newsletters")
    String create(StaffUser me, @RequestParam Map<String, String> params,
                  @RequestParam(name = "sections", required = false) List<String> sections, HttpServletRequest req,
                  Model model) {
        me.require(Permission.MANAGE_NEWSLETTERS);
        return save(me, null, typed(params), sections, lists::create, "created", req, model);
    }

    @GetMapping("/admin/newsletters/{id:[0-9]+}")
    String edit(StaffUser me, @PathVariable long id, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_NEWSLETTERS);
        NewsletterList l = lists.require(id);
        return form(me, l, Form.values(ListForm.values(l)), l.sectionIds().stream().map(String::valueOf).toList(), "",
                req, model);
    }

    @PostMapping("/admin/newsletters/{id:[0-9]+}")
    String update(StaffUser me, @PathVariable long id, @RequestParam Map<String, String> params,
                  @RequestParam(name = "sections", required = false) List<String> sections, HttpServletRequest req,
                  Model model) {
        me.require(Permission.MANAGE_NEWSLETTERS);
        NewsletterList before = lists.require(id);
        Map<String, String> typed = typed(params);
        typed.put("kind", ListForm.values(before).get("kind")); // fixed once made; the form shows it read-only
        return save(me, before, typed, sections, list -> lists.update(id, list), "saved", req, model);
    }

    /** Stores what the form describes and goes back to the lists; a refusal shows the form again as typed. */
    private String save(StaffUser me, NewsletterList before, Map<String, String> typed, List<String> sections,
                        Consumer<SaveList> store, String done, HttpServletRequest req, Model model) {
        List<String> ticked = sections == null ? List.of() : sections;
        try {
            store.accept(ListForm.parse(typed, ticked, sectionIds()));
            return "redirect:/admin/newsletters?done=" + done;
        } catch (InvalidInputException e) {
            return form(me, before, Form.of(typed, e), ticked, "", req, model);
        }
    }

    @GetMapping("/admin/newsletters/{id:[0-9]+}/archive")
    String confirmArchive(StaffUser me, @PathVariable long id, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_NEWSLETTERS);
        NewsletterList l = lists.require(id);
        String who = l.kind() == ListKind.OFFERS ? "the readers who chose offers e-mails"
                : subscriptions.countSubscribed(id) + " subscribers";
        model.addAttribute("page", new ListPages.ArchivePage(chromes.of(me, req), NewsletterNavigation.tabs(me, "lists"),
                id, l.name(), who));
        return "newsletter/archive";
    }

    @PostMapping("/admin/newsletters/{id:[0-9]+}/archive")
    String archive(StaffUser me, @PathVariable long id) {
        me.require(Permission.MANAGE_NEWSLETTERS);
        lists.archive(id);
        return "redirect:/admin/newsletters?done=archived";
    }

    private String form(StaffUser me, NewsletterList l, Form form, List<String> ticked, String notice,
                        HttpServletRequest req, Model model) {
        List<ListPages.SectionOption> sections = taxonomy.sections().stream().filter(s -> s.parentId() == null)
                .flatMap(top -> Stream.concat(Stream.of(top), taxonomy.children(top.id()).stream()))
                .map(s -> new ListPages.SectionOption(s.id(), s.name(), s.parentId() != null,
                        ticked.contains(String.valueOf(s.id())))).toList();
        model.addAttribute("page", new ListPages.FormPage(chromes.of(me, req), NewsletterNavigation.tabs(me, "lists"),
                l == null ? null : l.id(), l == null ? "New newsletter" : l.name(),
                l == null ? "/admin/newsletters" : "/admin/newsletters/" + l.id(), form,
                options(form, "kind", "news", "News", "offers", "Offers: early access, discounts and offers"),
                options(form, "cadence", "manual", "Manual: breaking news and issues sent by hand", "daily",
                        "Daily digest", "weekly", "Weekly digest"),
                options(form, "sendDay", Arrays.stream(DayOfWeek.values())
                        .flatMap(d -> Stream.of(d.name().toLowerCase(), Cadences.day(d))).toArray(String[]::new)),
                options(form, "audience", "everyone", "Everyone with a free account", "subscribers", "Paying subscribers only"),
                sections, l != null, l != null && l.archived(), publication.timeZone().getId(), notice));
        return "newsletter/list-form";
    }

    /** Value, label pairs; the typed value selected. */
    private static List<ListPages.Option> options(Form form, String field, String... pairs) {
        List<ListPages.Option> out = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out.add(new ListPages.Option(pairs[i], pairs[i + 1], pairs[i].equals(form.value(field))));
        }
        return out;
    }

    private List<Long> sectionIds() {
        return taxonomy.sections().stream().map(Section::id).toList();
    }

    /** Only the form's own fields, so nothing else a client sends reaches the form or the page. */
    private static Map<String, String> typed(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        Arrays.stream(ListForm.FIELDS).forEach(f -> out.put(f, params.getOrDefault(f, "")));
        return out;
    }
}
