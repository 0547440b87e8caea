package org.masthead.platform;

import org.masthead.platform.PublicationProperties.FooterLink;
import org.masthead.platform.PublicationSettings.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings to and from {@code platform_setting} rows: one row per setting that differs from configuration,
 * lists as JSON arrays. Rows that cannot be read (an unknown time zone after a JDK update, a deleted network)
 * are ignored, so the configured value applies rather than the site failing.
 */
final class SettingsCodec {

    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String LOGO = "logo_media_id";
    static final String TIME_ZONE = "time_zone";
    static final String LANGUAGE = "language";
    static final String NAVIGATION = "navigation";
    static final String FOOTER = "footer_links";
    static final String SOCIAL = "social_profiles";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SettingsCodec() {
    }

    static Map<String, String> encode(Values v, PublicationProperties config) {
        Map<String, String> rows = new LinkedHashMap<>();
        putIfChanged(rows, NAME, v.name(), config.name());
        putIfChanged(rows, DESCRIPTION, v.description(), config.description());
        putIfChanged(rows, TIME_ZONE, v.timeZone().getId(), config.timeZone().getId());
        putIfChanged(rows, LANGUAGE, v.language(), config.language());
        if (v.logoMediaId() != null) {
            rows.put(LOGO, v.logoMediaId().toString());
        }
        if (!v.navigation().isEmpty()) {
            ArrayNode a = JSON.createArrayNode();
            v.navigation().forEach(e -> a.addObject().put("section", e.sectionId()).put("shown", e.shown()));
            rows.put(NAVIGATION, a.toString());
        }
        if (!v.footerLinks().equals(config.footerLinks())) {
            ArrayNode a = JSON.createArrayNode();
            v.footerLinks().forEach(f -> a.addObject().put("label", f.label()).put("url", f.url()));
            rows.put(FOOTER, a.toString());
        }
        if (!v.socialProfiles().isEmpty()) {
            ArrayNode a = JSON.createArrayNode();
            v.socialProfiles().forEach(p -> a.addObject().put("network", p.network().key()).put("url", p.url()));
            rows.put(SOCIAL, a.toString());
        }
        return rows;
    }

    static Values decode(PublicationProperties config, Map<String, String> rows) {
        ZoneId zone = rows.containsKey(TIME_ZONE) ? SettingsRules.zone(rows.get(TIME_ZONE)) : null;
        Long logo = rows.containsKey(LOGO) ? Long.valueOf(rows.get(LOGO)) : null;
        List<SectionNavigation.Entry> nav = new ArrayList<>();
        items(rows.get(NAVIGATION)).forEach(n -> nav.add(new SectionNavigation.Entry(n.path("section").asLong(),
                n.path("shown").asBoolean(true))));
        List<FooterLink> footer = new ArrayList<>();
        items(rows.get(FOOTER)).forEach(n -> footer.add(new FooterLink(n.path("label").asString(""), n.path("url").asString(""))));
        List<SocialProfile> social = new ArrayList<>();
        items(rows.get(SOCIAL)).forEach(n -> SocialNetwork.byKey(n.path("network").asString(""))
                .ifPresent(net -> social.add(new SocialProfile(net, n.path("url").asString("")))));
        return new Values(rows.getOrDefault(NAME, config.name()), rows.getOrDefault(DESCRIPTION, config.description()),
                logo, zone != null ? zone : config.timeZone(), rows.getOrDefault(LANGUAGE, config.language()),
                List.copyOf(nav), rows.containsKey(FOOTER) ? List.copyOf(footer) : List.copyOf(config.footerLinks()),
                List.copyOf(social));
    }

    private static void putIfChanged(Map<String, String> rows, String key, String value, String configured) {
        if (!Objects.equals(value, configured)) {
            rows.put(key, value);
        }
    }

    private static List<JsonNode> items(String json) {
        if (json == null) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(json).forEach(out::add);
        return out;
    }
}
