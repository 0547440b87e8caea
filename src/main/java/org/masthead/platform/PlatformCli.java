package org.masthead.platform;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** {@code java -jar masthead.jar rotate-signing-key}: a new secret signs from now on; the previous one still verifies. */
@Component
@Profile("cli")
class PlatformCli implements ApplicationRunner {

    private final SigningKeys keys;

    PlatformCli(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().contains("rotate-signing-key")) {
            keys.rotate();
            System.out.println("Rotated the signing key. Links and cookies signed with the previous key stay valid until the next rotation.");
        }
    }
}
