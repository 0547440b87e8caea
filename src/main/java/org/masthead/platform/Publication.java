package org.masthead.platform;

import org.masthead.platform.PublicationProperties.FooterLink;
import org.masthead.platform.PublicationSettings.Values;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The publication as readers see it now: its name, description, logo, time zone, language, navigation, footer
 * links and social profiles — configuration ({@link PublicationProperties}) overlaid by what the newsroom saved
 * ({@link PublicationSettings}). Read on every page, so each node keeps one copy in a {@link NodeCache} and drops
 * it when the change feed reports topic {@value #TOPIC}, or at once after this node's own save. The base URL is
 * configuration only: where the site is reached is the operator's, not a newsroom choice.
 */
@Service
public class Publication {

    /** The change-feed topic of a settings save. */
    public static final String TOPIC = "settings";
    /** Uploaded logos are served at most this wide: Google's publisher-logo size. */
    static final int LOGO_WIDTH = 600;

    /** An uploaded logo: the site path of its variant and that variant's size. */
    public record Logo(String path, int width, int height) { }

    private record Effective(Values values, Logo logo) { }

    private final PublicationProperties config;
    private final SettingsRepository repo;
    private final ImageLinks images;
    private final NodeCache<String, Effective> kept = new NodeCache<>(1);

    Publication(PublicationProperties config, SettingsRepository repo, ImageLinks images) {
        this.config = config;
        this.repo = repo;
        this.images = images;
    }

    public String name() {
        return now().values().name();
    }

    public String description() {
        return now().values().description();
    }

    /** Absolute URL readers reach the site at, without a trailing slash (configuration only). */
    public String baseUrl() {
        return config.baseUrl();
    }

    public ZoneId timeZone() {
        return now().values().timeZone();
    }

    /** The site's language as a BCP 47 tag, e.g. {@code en-GB}. */
    public String language() {
        return now().values().language();
    }

    public Locale locale() {
        return Locale.forLanguageTag(language());
    }

    /** The logo chosen from the media library; empty when the paper uses its generated wordmark. */
    public Optional<Logo> logo() {
        return Optional.ofNullable(now().logo());
    }

    /** The publisher logo's site path: the uploaded logo's, else the configured one (the generated wordmark). */
    public String logoPath() {
        Logo logo = now().logo();
        return logo != null ? logo.path() : config.logoPath();
    }

    public List<FooterLink> footerLinks() {
        return now().values().footerLinks();
    }

    public List<SocialProfile> socialProfiles() {
        return now().values().socialProfiles();
    }

    /** The saved arrangement of top-level sections; see {@link SectionNavigation#arrange}. */
    public List<SectionNavigation.Entry> navigation() {
        return now().values().navigation();
    }

    /** Absolute URL for a site path such as {@code /world}; an absolute URL is returned as it is. */
    public String absolute(String path) {
        return config.absolute(path);
    }

    /** Every setting with its value in effect. */
    public Values settings() {
        return now().values();
    }

    /** Drops this node's copy; the next read loads the stored settings again. */
    void forget() {
        kept.invalidate();
    }

    /** Again once the save has committed, so a read between the two cannot keep the old values. */
    @TransactionalEventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onLocal(PublicationChanged e) {
        forget();
    }

    /** Before every cache built from these values ({@code @Order}): they must not rebuild from the old copy. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onObserved(ChangeFeed.ChangeObserved change) {
        if (TOPIC.equals(change.topic())) {
            forget();
        }
    }

    private Effective now() {
        return kept.get(TOPIC, () -> {
            Values v = SettingsCodec.decode(config, repo.all());
            Logo logo = v.logoMediaId() == null ? null : images.link(v.logoMediaId(), LOGO_WIDTH)
                    .map(l -> new Logo(l.path(), l.width(), l.height())).orElse(null);
            return new Effective(v, logo);
        });
    }
}
