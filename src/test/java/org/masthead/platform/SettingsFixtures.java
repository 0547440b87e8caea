package org.masthead.platform;

import org.masthead.platform.PublicationSettings.FooterRow;
import org.masthead.platform.PublicationSettings.Values;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Map;

/** Publication settings for integration tests, which share one context: whoever saves resets afterwards. */
public final class SettingsFixtures {
    private SettingsFixtures() {
    }

    /** Back to configuration alone, through a save, so every cache and cached page forgets the test's values. */
    public static void reset(ApplicationContext ctx) {
        PublicationSettings settings = ctx.getBean(PublicationSettings.class);
        Values c = settings.configured();
        settings.save(new PublicationSettings.Save(c.name(), c.description(), "", c.timeZone().getId(), c.language(),
                List.of(), List.of(), c.footerLinks().stream().map(f -> new FooterRow(f.label(), f.url(), "")).toList(),
                Map.of()), "test");
    }
}
