package org.masthead.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.util.Optional;

/**
 * {@link Publication} for another module's small test context (import this class): configuration overlaid
 * by the settings table, with no media library, so no uploaded logo. Not a {@code @Configuration}, so the
 * shared test context's component scan leaves it out.
 */
@Import({Publication.class, SettingsRepository.class})
public class PublicationAlone {

    @Bean
    ImageLinks noImages() {
        return (id, width) -> Optional.empty();
    }
}
