package org.masthead.staff;

import org.masthead.platform.InvalidInputException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar masthead.jar create-owner --email=… --name=… --password=…} and
 * {@code java -jar masthead.jar create-api-key --name=…}: run against the configured database, then exit.
 * The password may come from MASTHEAD_OWNER_PASSWORD instead, to keep it out of shell history.
 */
@Component
@Profile("cli")
class StaffCli implements ApplicationRunner, ExitCodeGenerator {

    private final StaffService staff;
    private final StaffProperties props;
    private int exitCode;

    StaffCli(StaffService staff, StaffProperties props) {
        this.staff = staff;
        this.props = props;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = run(args, System.out, System.err);
    }

    int run(ApplicationArguments args, PrintStream out, PrintStream err) {
        String command = args.getNonOptionArgs().isEmpty() ? "help" : args.getNonOptionArgs().get(0);
        try {
            switch (command) {
                case "create-owner" -> {
                    String password = option(args, "password", props.ownerPassword());
                    staff.createOwner(option(args, "email", props.ownerEmail()), option(args, "name", props.ownerName()), password);
                    out.println("Owner created. Sign in at /admin.");
                }
                case "create-api-key" -> {
                    String key = staff.createApiKey(option(args, "name", ""));
                    out.println(key);
                    err.println("Keep this key safe: it is shown only once. Send it as 'Authorization: Bearer <key>'.");
                }
                case "rotate-signing-key" -> {
                    return 0; // handled by the platform's CLI runner
                }
                default -> {
                    out.println("usage: java -jar masthead.jar create-owner --email=E --name=N [--password=P]");
                    out.println("       java -jar masthead.jar create-api-key --name=NAME");
                    out.println("       java -jar masthead.jar rotate-signing-key");
                    return "help".equals(command) ? 0 : 2;
                }
            }
            return 0;
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> err.println(f.field() + ": " + f.message()));
            return 1;
        }
    }

    private static String option(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
