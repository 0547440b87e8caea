package org.masthead;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.Set;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MastheadApplication {

    /** Commands that run against the database and exit instead of starting the web server. */
    static final Set<String> CLI_COMMANDS = Set.of("create-owner", "create-api-key", "rotate-signing-key", "help");

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(MastheadApplication.class);
        if (args.length > 0 && CLI_COMMANDS.contains(args[0])) {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("cli");
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }
}
