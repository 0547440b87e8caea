package org.masthead.staff;

import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented CLI commands, run against the test database. */
@H2IntegrationTest
class StaffCliTests {

    @Autowired StaffService staff;

    @Test
    void createApiKeyPrintsAWorkingKeyOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new StaffCli(staff, new StaffProperties("", "", "Owner", 4, null))
                .run(new DefaultApplicationArguments("create-api-key", "--name=wire importer"), print(out), print(err));
        assertThat(code).isZero();
        String key = out.toString(StandardCharsets.UTF_8).trim();
        assertThat(staff.verify(key)).contains("wire importer");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("shown only once");
    }

    @Test
    void badInputExitsNonZeroNamingTheField() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new StaffCli(staff, new StaffProperties("", "", "Owner", 4, null))
                .run(new DefaultApplicationArguments("create-owner", "--email=not-an-email", "--password=short"),
                        print(new ByteArrayOutputStream()), print(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("email:").contains("password:");
    }

    @Test
    void unknownCommandsPrintUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new StaffCli(staff, new StaffProperties("", "", "Owner", 4, null))
                .run(new DefaultApplicationArguments("frobnicate"), print(out), print(new ByteArrayOutputStream()));
        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("create-owner").contains("create-api-key");
    }

    private static PrintStream print(ByteArrayOutputStream b) {
        return new PrintStream(b, true, StandardCharsets.UTF_8);
    }
}
