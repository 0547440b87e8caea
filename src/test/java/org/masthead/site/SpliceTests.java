package org.masthead.site;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Cached pages with reader slots: cut once, spliced per answer, gzipped without compressing per answer. */
class SpliceTests {

    private static final String PAGE = "<html><body><article>" + Splice.marker(1)
            + "<h1>Headline</h1>" + "<p>Body text. </p>".repeat(300)
            + Splice.marker(2) + "<footer>Share</footer></article></body></html>";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(List<ByteBuffer> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.forEach(c -> out.write(c.array(), c.arrayOffset() + c.position(), c.remaining()));
        return out.toByteArray();
    }

    private static String gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void fillsTheSlotsWithTheReadersFragmentsAndDropsTheMarkers() {
        Splice.Cut parts = Splice.cut(bytes(PAGE));
        String spliced = new String(join(Splice.plain(parts, new byte[][] {bytes("<p class=n>2 left</p>"), bytes("<aside>Join</aside>")})),
                StandardCharsets.UTF_8);
        assertThat(spliced).startsWith("<html><body><article><p class=n>2 left</p><h1>Headline</h1>")
                .endsWith("<p>Body text. </p><aside>Join</aside><footer>Share</footer></article></body></html>")
                .doesNotContain("data-reader-slot");
        String empty = new String(join(Splice.plain(parts, new byte[][] {new byte[0], new byte[0]})), StandardCharsets.UTF_8);
        assertThat(empty).isEqualTo(PAGE.replace(Splice.marker(1), "")
                .replace(Splice.marker(2), ""));
    }

    @Test
    void aPageWithoutBothSlotsInOrderIsNotCut() {
        assertThat(Splice.cut(bytes("<p>no slots</p>"))).isNull();
        String swapped = PAGE.replace("slot=\"1\"", "slot=\"x\"").replace("slot=\"2\"", "slot=\"1\"").replace("slot=\"x\"", "slot=\"2\"");
        assertThat(Splice.cut(bytes(swapped))).isNull();
    }

    @Test
    void theGzippedAnswerIsOneValidStreamOfTheSplicedPage() throws IOException {
        Splice.Cut parts = Splice.cut(bytes(PAGE));
        byte[][] deflated = Splice.deflate(parts);
        String big = "<aside>" + "x".repeat(70_000) + "</aside>"; // more than one stored block
        for (byte[][] fragments : List.of(new byte[][] {new byte[0], new byte[0]},
                new byte[][] {bytes("<p>2 of 10 free articles left this month</p>"), new byte[0]},
                new byte[][] {bytes("<p>ünïcödé</p>"), bytes(big)})) {
            byte[] gz = join(Splice.gzip(parts, deflated, fragments));
            assertThat(gunzip(gz)).isEqualTo(new String(join(Splice.plain(parts, fragments)), StandardCharsets.UTF_8));
        }
        assertThat(join(Splice.gzip(parts, deflated, new byte[][] {new byte[0], new byte[0]})).length)
                .as("compressed once, well").isLessThan(PAGE.length() / 10);
    }

    @Test
    void theEntityTagNamesTheFragmentsToo() {
        String page = "W/\"abc\"";
        assertThat(Splice.etag(page, new byte[][] {new byte[0], new byte[0]})).isEqualTo(page);
        String two = Splice.etag(page, new byte[][] {bytes("2 left"), new byte[0]});
        String one = Splice.etag(page, new byte[][] {bytes("1 left"), new byte[0]});
        assertThat(two).startsWith("W/\"abc-").endsWith("\"").isNotEqualTo(one);
        assertThat(Splice.etag(page, new byte[][] {new byte[0], bytes("2 left")})).as("which slot matters").isNotEqualTo(two);
    }
}
