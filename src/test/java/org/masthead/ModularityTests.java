package org.masthead;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MastheadApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void contentKnowsNothingOfTheSiteOrTheImporter() {
        var content = modules.getModuleByName("content").orElseThrow();
        assertThat(content.getDependencies(modules).stream().map(d -> d.getTargetModule().getIdentifier().toString()))
                .doesNotContain("site", "importer", "media", "staff");
    }
}
