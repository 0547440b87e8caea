package org.masthead.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.media.Image;
import org.masthead.media.MediaFixtures;
import org.masthead.media.MediaService;
import org.masthead.platform.PublicationProperties.FooterLink;
import org.masthead.platform.PublicationSettings.FooterRow;
import org.masthead.platform.PublicationSettings.NavRow;
import org.masthead.platform.PublicationSettings.Save;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Settings stored over configuration and read back by every node; run on H2 and PostgreSQL by the subclasses. */
abstract class PublicationSettingsContract {

    @Autowired ApplicationContext ctx;
    @Autowired PublicationSettings settings;
    @Autowired Publication publication;
    @Autowired MediaService media;
    @Autowired JdbcClient db;
    @Autowired ObservedChanges observed;

    @AfterEach
    void reset() {
        SettingsFixtures.reset(ctx);
    }

    @Test
    void storesEverySettingAndReadsItBack() {
        Image logo = media.upload(MediaFixtures.image("png", 900, 120), "logo.png", "", "", "");
        settings.save(new Save("The Harbour Gazette", "News from the quay", String.valueOf(logo.id()), "America/Halifax",
                "fr-ca", List.of(new NavRow(5, false, "2"), new NavRow(3, true, "1")), List.of(5L, 3L),
                List.of(new FooterRow("Contact", "/contact", ""), new FooterRow("Jobs", "https://jobs.example.org", "")),
                Map.of(SocialNetwork.MASTODON, "https://mastodon.social/@gazette")), "Ed Itor");

        assertThat(publication.name()).isEqualTo("The Harbour Gazette");
        assertThat(publication.description()).isEqualTo("News from the quay");
        assertThat(publication.timeZone()).isEqualTo(ZoneId.of("America/Halifax"));
        assertThat(publication.language()).isEqualTo("fr-CA");
        assertThat(publication.locale().getCountry()).isEqualTo("CA");
        assertThat(publication.navigation()).containsExactly(new SectionNavigation.Entry(3, true),
                new SectionNavigation.Entry(5, false));
        assertThat(publication.footerLinks()).containsExactly(new FooterLink("Contact", "/contact"),
                new FooterLink("Jobs", "https://jobs.example.org"));
        assertThat(publication.socialProfiles()).containsExactly(
                new SocialProfile(SocialNetwork.MASTODON, "https://mastodon.social/@gazette"));
        assertThat(publication.logo()).hasValueSatisfying(l -> {
            assertThat(l.path()).startsWith("/media/" + logo.id() + "/");
            assertThat(l.width()).isLessThanOrEqualTo(600);
        });
        assertThat(publication.logoPath()).isEqualTo(publication.logo().orElseThrow().path());
        assertThat(publication.baseUrl()).isEqualTo("https://news.example.org");
    }

    @Test
    void storesOnlyWhatDiffersFromConfigurationAndAnnouncesEverySave() {
        long before = observed.count(Publication.TOPIC, 0);
        PublicationSettings.Values configured = settings.configured();
        settings.save(new Save(configured.name(), "Another tagline", "", configured.timeZone().getId(),
                configured.language(), List.of(), List.of(), List.of(), Map.of()), "Ed Itor");

        assertThat(db.sql("SELECT setting_key FROM platform_setting").query(String.class).list())
                .containsExactly("description");
        assertThat(publication.name()).isEqualTo(configured.name());
        assertThat(publication.logoPath()).isEqualTo("/assets/logo.png");
        await().atMost(Duration.ofSeconds(5)).until(() -> observed.count(Publication.TOPIC, 0) > before);
    }

    @Test
    void aRefusedSaveChangesNothing() {
        assertThatThrownBy(() -> settings.save(new Save("New name", "", "", "Nowhere/Else", "en", List.of(), List.of(),
                List.of(), Map.of()), "Ed Itor")).isInstanceOf(InvalidInputException.class);
        assertThat(publication.name()).isEqualTo(settings.configured().name());
        assertThat(db.sql("SELECT COUNT(*) FROM platform_setting").query(Long.class).single()).isZero();
    }
}
