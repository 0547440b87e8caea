package org.masthead.newsletter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.PostgresAvailable;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 in the middle of a send: a child JVM (the application, from this test's classpath) sends an issue to a few
 * thousand subscribers on PostgreSQL through an SMTP server in this JVM that counts what each recipient got; the
 * test kills it ({@link Process#destroyForcibly()}, SIGKILL) once a good part has gone, starts it again, waits for
 * the send to end and checks that everyone got the issue, and that the duplicates are no more than one group of
 * outcomes not yet recorded ({@code record-every}). PostgreSQL only: the child has a schema of its own in the test
 * database, and H2 acknowledges commits before they reach the disk unless its write delay is 0.
 */
@ExtendWith(PostgresAvailable.class)
class SendKillResumeTests {

    private static final int RECIPIENTS = 2500;
    private static final int RECORD_EVERY = 20;
    private static final String SCHEMA = "nl_kill_resume";

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void noChildLeftBehind() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    void aSendKilledMidwayResumesOnRestartWithNobodyMissingAndAtMostOneGroupSentTwice() throws Exception {
        resetSchema();
        try (CountingSmtpSink smtp = new CountingSmtpSink(true)) {
            Process first = child(smtp.port(), "first", "prepare", String.valueOf(RECIPIENTS));
            await().atMost(Duration.ofSeconds(60)).until(() -> smtp.accepted() >= RECIPIENTS / 3 || !first.isAlive());
            assertThat(first.isAlive()).as("the first run was still sending").isTrue();
            first.destroyForcibly().waitFor();
            long atKill = smtp.accepted();
            assertThat(atKill).as("killed midway").isLessThan(RECIPIENTS);

            Process second = child(smtp.port(), "second");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> "DONE".equals(sendState()));
            second.destroy();

            Map<String, AtomicInteger> got = smtp.byRecipient();
            List<String> missing = new ArrayList<>();
            int duplicates = 0;
            for (int i = 0; i < RECIPIENTS; i++) {
                AtomicInteger n = got.get(SendHarness.address("kill", i));
                if (n == null) {
                    missing.add(SendHarness.address("kill", i));
                } else {
                    duplicates += n.get() - 1;
                }
            }
            System.out.printf("kill -9 after %d of %d messages; after the restart nobody missing, %d sent twice%n",
                    atKill, RECIPIENTS, duplicates);
            assertThat(missing).as("recipients who never got the issue").isEmpty();
            assertThat(duplicates).as("sent twice: at most the group in flight at the kill").isBetween(0, RECORD_EVERY);
            assertThat(smtp.accepted()).isEqualTo(RECIPIENTS + duplicates);
            assertThat(totals()).containsExactly(RECIPIENTS, RECIPIENTS, 0, 0);
        }
    }

    private Process child(int smtpPort, String name, String... first) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SendUnderKill.class.getName()));
        command.addAll(List.of(first));
        command.addAll(List.of("--spring.datasource.url=" + url() + "?currentSchema=" + SCHEMA,
                "--spring.datasource.username=" + env("MASTHEAD_TEST_PG_USER", "app"),
                "--spring.datasource.password=" + env("MASTHEAD_TEST_PG_PASSWORD", "app"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.starttls.enable=false",
                "--spring.mail.properties.mail.smtp.starttls.required=false",
                "--server.port=0", "--management.server.port=-1", "--masthead.demo=false",
                "--masthead.platform.data-dir=target/kill-resume-data", "--masthead.publication.base-url=https://news.example.org",
                "--masthead.newsletter.rate=500", "--masthead.newsletter.batch-size=200",
                "--masthead.newsletter.record-every=" + RECORD_EVERY, "--masthead.newsletter.claim-timeout=3s",
                "--masthead.newsletter.poll-interval=200ms", "--logging.level.root=WARN"));
        Path log = Path.of("target", "kill-resume-" + name + ".log");
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        children.add(p);
        return p;
    }

    private String sendState() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT state FROM " + SCHEMA + ".newsletter_send")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException notYet) { // the child has not made its tables yet
            return null;
        }
    }

    private List<Integer> totals() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT candidates, sent, failed, excluded FROM " + SCHEMA + ".newsletter_send")) {
            rs.next();
            return List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
        }
    }

    private void resetSchema() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), env("MASTHEAD_TEST_PG_USER", "app"), env("MASTHEAD_TEST_PG_PASSWORD", "app"));
    }

    private static String url() {
        return env("MASTHEAD_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/app_test");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
