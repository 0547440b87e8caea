package org.masthead.platform;

import org.junit.jupiter.api.Test;
import org.masthead.H2IntegrationTest;
import org.masthead.Http;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's import map: allowed on staff pages by its hash (and only there), every module in it served. */
@H2IntegrationTest
class ImportMapTests {

    @LocalServerPort int port;

    @Test
    void staffPagesAllowTheImportMapByItsHashAndReaderPagesDoNot() throws Exception {
        String inline = ImportMap.MARKUP.replaceAll("^<script type=\"importmap\">|</script>$", "");
        String hash = "'sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8))) + "'";
        HttpResponse<String> staff = new Http(port).get("/admin/login");
        assertThat(staff.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self' " + hash + ";").contains("frame-ancestors 'none'");
        HttpResponse<String> reader = new Http(port).get("/");
        assertThat(reader.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self';").doesNotContain("sha256");
    }

    @Test
    void servesEveryModuleTheImportMapNamesAsJavaScript() {
        Matcher m = Pattern.compile("\"([a-z0-9-]+)\":\"(/webjars/[^\"]+)\"").matcher(ImportMap.JSON);
        int modules = 0;
        while (m.find()) {
            HttpResponse<String> module = new Http(port).get(m.group(2));
            assertThat(module.statusCode()).as(m.group(2)).isEqualTo(200);
            assertThat(module.headers().firstValue("Content-Type").orElseThrow()).as(m.group(2)).startsWith("text/javascript");
            assertThat(module.body()).as(m.group(2)).contains("export");
            modules++;
        }
        assertThat(modules).isEqualTo(14);
        assertThat(new Http(port).get("/webjars/prosemirror-view/style/prosemirror.css").statusCode()).isEqualTo(200);
    }

    @Test
    void theEditorsGuideShowsTheMarkupPagesMustCarry() throws IOException {
        assertThat(Files.readString(Path.of("docs/editor.md"))).contains(ImportMap.MARKUP);
    }
}
