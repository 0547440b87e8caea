package org.masthead.platform;

import org.masthead.platform.PublicationProperties.FooterLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The settings the newsroom edits in the browser ({@code /admin/settings}), stored in {@code platform_setting}
 * over the configuration. A value saved equal to its configured one is not stored, so the configuration
 * governs it again. A save drops every node's copy ({@link Publication}) through the change feed, and
 * {@link PublicationChanged} tells this node's caches right after the commit.
 */
@Service
public class PublicationSettings {

    /** Every setting, with the value in effect. {@code navigation} empty: all top-level sections, in their order. */
    public record Values(String name, String description, Long logoMediaId, ZoneId timeZone, String language,
                         List<SectionNavigation.Entry> navigation, List<FooterLink> footerLinks,
                         List<SocialProfile> socialProfiles) { }

    /** A footer link as typed: label, address, and its place ({@code order}, a whole number; blank keeps it). */
    public record FooterRow(String label, String url, String order) { }

    /** A top-level section's line of the navigation form. */
    public record NavRow(long sectionId, boolean shown, String order) { }

    /**
     * The settings form as typed. Errors name the form's fields: {@code name}, {@code description}, {@code logo},
     * {@code timeZone}, {@code language}, {@code footer-N-label|url|order} (N the row), {@code nav-ID-order},
     * {@code social-KEY}. {@code navigation} must name the top-level sections, whose ids in their own order
     * are {@code sectionOrder}; an arrangement equal to that order is not stored (it follows the sections).
     */
    public record Save(String name, String description, String logo, String timeZone, String language,
                       List<NavRow> navigation, List<Long> sectionOrder, List<FooterRow> footerLinks,
                       Map<SocialNetwork, String> social) { }

    private final SettingsRepository repo;
    private final Publication publication;
    private final PublicationProperties config;
    private final ImageLinks images;
    private final ChangeFeed feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationSettings(SettingsRepository repo, Publication publication, PublicationProperties config,
                        ImageLinks images, ChangeFeed feed, ApplicationEventPublisher events, Clock clock) {
        this.repo = repo;
        this.publication = publication;
        this.config = config;
        this.images = images;
        this.feed = feed;
        this.events = events;
        this.clock = clock;
    }

    /** The values in effect now, configuration overlaid by what was saved. */
    public Values current() {
        return publication.settings();
    }

    /** The values configuration alone gives, shown as the defaults. */
    public Values configured() {
        return SettingsCodec.decode(config, Map.of());
    }

    /** Checks every field, then stores the differences from configuration; nothing is stored if any field is wrong. */
    @Transactional
    public Values save(Save cmd, String by) {
        Values values = SettingsRules.check(cmd, id -> images.link(id, Publication.LOGO_WIDTH).isPresent());
        repo.replace(SettingsCodec.encode(values, config), by, clock.instant());
        feed.record(Publication.TOPIC, 0);
        publication.forget();
        events.publishEvent(new PublicationChanged(clock.instant()));
        return values;
    }
}
