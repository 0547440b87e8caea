package org.masthead.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.content.Section;
import org.masthead.content.TaxonomyService;
import org.masthead.platform.Form;
import org.masthead.platform.InvalidInputException;
import org.masthead.platform.Publication;
import org.masthead.platform.PublicationSettings;
import org.masthead.platform.PublicationSettings.FooterRow;
import org.masthead.platform.PublicationSettings.NavRow;
import org.masthead.platform.PublicationSettings.Values;
import org.masthead.platform.SectionNavigation;
import org.masthead.platform.SocialNetwork;
import org.masthead.staff.Permission;
import org.masthead.staff.StaffChromes;
import org.masthead.staff.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The publication's settings: name, tagline, logo, time zone, language, section navigation, footer links and
 * social profiles. Checked and stored by {@link PublicationSettings}; the site shows a save at once.
 */
@Controller
class SettingsController {

    /** Empty footer lines offered below the saved ones. */
    static final int BLANK_FOOTER_LINES = 3;
    static final int MAX_FOOTER_LINES = 40;
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.equals("UTC") || (z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")))
            .sorted().toList();

    private final PublicationSettings settings;
    private final Publication publication;
    private final TaxonomyService taxonomy;
    private final StaffChromes chromes;

    SettingsController(PublicationSettings settings, Publication publication, TaxonomyService taxonomy,
                       StaffChromes chromes) {
        this.settings = settings;
        this.publication = publication;
        this.taxonomy = taxonomy;
        this.chromes = chromes;
    }

    @GetMapping("/admin/settings")
    String show(StaffUser me, @RequestParam(required = false) String done, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_SETTINGS);
        Values v = settings.current();
        return page(me, Form.values(fields(v)), v.footerLinks().size(),
                "saved".equals(done) ? "Settings saved. The site shows them now." : "", req, model);
    }

    @PostMapping("/admin/settings")
    String save(StaffUser me, @RequestParam Map<String, String> typed, HttpServletRequest req, Model model) {
        me.require(Permission.MANAGE_SETTINGS);
        int footerLines = footerLines(typed);
        List<FooterRow> footer = new ArrayList<>();
        for (int i = 0; i < footerLines; i++) {
            footer.add(new FooterRow(typed.get("footer-" + i + "-label"), typed.get("footer-" + i + "-url"),
                    typed.get("footer-" + i + "-order")));
        }
        List<Long> sectionOrder = topSections().stream().map(Section::id).toList();
        List<NavRow> nav = sectionOrder.stream().map(id -> new NavRow(id, typed.containsKey("nav-" + id + "-shown"),
                typed.get("nav-" + id + "-order"))).toList();
        Map<SocialNetwork, String> social = new EnumMap<>(SocialNetwork.class);
        for (SocialNetwork n : SocialNetwork.values()) {
            social.put(n, typed.get("social-" + n.key()));
        }
        try {
            settings.save(new PublicationSettings.Save(typed.get("name"), typed.get("description"), typed.get("logo"),
                    typed.get("timeZone"), typed.get("language"), nav, sectionOrder, footer, social), me.name());
            return "redirect:/admin/settings?done=saved";
        } catch (InvalidInputException e) {
            return page(me, Form.of(typed, e), footerLines - BLANK_FOOTER_LINES, "", req, model);
        }
    }

    /** The form's fields filled from {@code v}, footer lines numbered in order. */
    private Map<String, String> fields(Values v) {
        Map<String, String> f = new HashMap<>();
        f.put("name", v.name());
        f.put("description", v.description());
        f.put("logo", v.logoMediaId() == null ? "" : v.logoMediaId().toString());
        f.put("timeZone", v.timeZone().getId());
        f.put("language", v.language());
        List<SectionNavigation.Entry> nav = SectionNavigation.arrange(
                topSections().stream().map(Section::id).toList(), v.navigation());
        for (int i = 0; i < nav.size(); i++) {
            f.put("nav-" + nav.get(i).sectionId() + "-order", String.valueOf(i + 1));
            f.put("nav-" + nav.get(i).sectionId() + "-shown", nav.get(i).shown() ? "on" : "");
        }
        for (int i = 0; i < v.footerLinks().size(); i++) {
            f.put("footer-" + i + "-label", v.footerLinks().get(i).label());
            f.put("footer-" + i + "-url", v.footerLinks().get(i).url());
            f.put("footer-" + i + "-order", String.valueOf(i + 1));
        }
        v.socialProfiles().forEach(p -> f.put("social-" + p.network().key(), p.url()));
        return f;
    }

    private String page(StaffUser me, Form form, int savedFooterLines, String notice, HttpServletRequest req, Model model) {
        List<SettingsPages.NavLine> nav = topSections().stream()
                .sorted((a, b) -> Integer.compare(place(form, a), place(form, b)))
                .map(s -> new SettingsPages.NavLine(s.name(), "/" + s.slug(), "nav-" + s.id() + "-shown", "nav-" + s.id() + "-order"))
                .toList();
        List<SettingsPages.FooterLine> footer = new ArrayList<>();
        for (int i = 0; i < Math.max(0, savedFooterLines) + BLANK_FOOTER_LINES; i++) {
            footer.add(new SettingsPages.FooterLine(i + 1, "footer-" + i + "-label", "footer-" + i + "-url", "footer-" + i + "-order"));
        }
        List<SettingsPages.SocialLine> social = java.util.Arrays.stream(SocialNetwork.values())
                .map(n -> new SettingsPages.SocialLine(n.label(), "social-" + n.key(), placeholder(n))).toList();
        // the wordmark is kept by browsers for a day; a new name gets a new address
        String wordmark = "/assets/logo.png?v=" + Integer.toHexString(publication.name().hashCode());
        SettingsPages.LogoPreview logo = publication.logo()
                .map(l -> new SettingsPages.LogoPreview(l.path(), l.width(), l.height(), wordmark))
                .orElse(new SettingsPages.LogoPreview(null, 0, 0, wordmark));
        Values configured = settings.configured();
        model.addAttribute("page", new SettingsPages.SettingsPage(chromes.of(me, req), form, logo, ZONES, nav, footer,
                social, configured.name(), configured.timeZone().getId(), configured.language(), notice));
        return "admin/settings";
    }

    private List<Section> topSections() {
        return taxonomy.sections().stream().filter(s -> s.parentId() == null).toList();
    }

    /** A section's place as the form has it, for showing the lines in that order. */
    private static int place(Form form, Section s) {
        try {
            return Integer.parseInt(form.value("nav-" + s.id() + "-order").strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** How many footer lines were posted: one past the highest numbered field. */
    private static int footerLines(Map<String, String> typed) {
        return typed.keySet().stream().filter(k -> k.matches("footer-[0-9]{1,3}-(label|url|order)"))
                .mapToInt(k -> Integer.parseInt(k.split("-")[1]) + 1).max().stream()
                .map(n -> Math.min(n, MAX_FOOTER_LINES)).findFirst().orElse(0);
    }

    private static String placeholder(SocialNetwork n) {
        return switch (n) {
            case BLUESKY -> "https://bsky.app/profile/yourpaper.example";
            case MASTODON -> "https://mastodon.social/@yourpaper";
            case THREADS -> "https://www.threads.net/@yourpaper";
            case X -> "https://x.com/yourpaper";
            case FACEBOOK -> "https://www.facebook.com/yourpaper";
            case INSTAGRAM -> "https://www.instagram.com/yourpaper";
            case LINKEDIN -> "https://www.linkedin.com/company/yourpaper";
            case YOUTUBE -> "https://www.youtube.com/@yourpaper";
            case TIKTOK -> "https://www.tiktok.com/@yourpaper";
        };
    }
}
