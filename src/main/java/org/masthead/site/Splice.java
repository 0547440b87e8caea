package org.masthead.site;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A cached page with holes: its bytes cut at the reader slots ({@code <template data-reader-slot="n"></template>}),
 * and per request the parts around the fragments that fill them. Gzip without compressing per request: each part
 * is deflated once, ending on a byte boundary (a sync flush), and a fragment goes between them as a stored block,
 * so the whole is one valid deflate stream; only the CRC is computed per answer. Rejected: gzip members per piece
 * (browsers stop reading after the first member) and compressing each answer (most of a hit's cost).
 */
final class Splice {

    static final int SLOTS = 2;
    private static final String[] MARKERS = {marker(1), marker(2)};
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private Splice() {
    }

    static String marker(int slot) {
        return "<template data-reader-slot=\"" + slot + "\"></template>";
    }

    /**
     * A rendered body and where its parts lie around the slots (markers excluded): views into the one array, so
     * cutting copies nothing.
     */
    record Cut(byte[] body, int[] from, int[] to) {

        int parts() {
            return from.length;
        }

        ByteBuffer part(int i) {
            return ByteBuffer.wrap(body, from[i], to[i] - from[i]);
        }

        int size() {
            int n = 0;
            for (int i = 0; i < from.length; i++) {
                n += to[i] - from[i];
            }
            return n;
        }
    }

    /** The body cut at slots 1..{@value #SLOTS}; null unless each marker appears, in order. */
    static Cut cut(byte[] body) {
        // searched as Latin-1 text, one char per byte: String.indexOf is vectorised, a byte loop is not (this runs
        // for every rendering, and a byte loop over a page cost a tenth of an uncached article)
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int[] from = new int[SLOTS + 1];
        int[] to = new int[SLOTS + 1];
        for (int slot = 1; slot <= SLOTS; slot++) {
            int at = text.indexOf(MARKERS[slot - 1], from[slot - 1]);
            if (at < 0) {
                return null;
            }
            to[slot - 1] = at;
            from[slot] = at + MARKERS[slot - 1].length();
        }
        to[SLOTS] = body.length;
        return new Cut(body, from, to);
    }

    /** Each part as raw deflate; all but the last end with a sync flush, the last closes the stream. */
    static byte[][] deflate(Cut cut) {
        byte[][] out = new byte[cut.parts()][];
        for (int i = 0; i < out.length; i++) {
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true); // paid once per rendering, saved on every hit
            try {
                d.setInput(cut.body(), cut.from()[i], cut.to()[i] - cut.from()[i]);
                boolean last = i == out.length - 1;
                if (last) {
                    d.finish();
                }
                out[i] = drain(d, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH, last);
            } finally {
                d.end();
            }
        }
        return out;
    }

    /** The plain answer: parts and fragments interleaved. */
    static List<ByteBuffer> plain(Cut cut, byte[][] fragments) {
        List<ByteBuffer> out = new ArrayList<>(cut.parts() * 2);
        for (int i = 0; i < cut.parts(); i++) {
            out.add(cut.part(i));
            if (i < fragments.length && fragments[i].length > 0) {
                out.add(ByteBuffer.wrap(fragments[i]));
            }
        }
        return out;
    }

    /** The gzipped answer: a header, the deflated parts with each fragment as stored blocks between them, a trailer. */
    static List<ByteBuffer> gzip(Cut cut, byte[][] deflated, byte[][] fragments) {
        CRC32 crc = new CRC32();
        long size = 0;
        List<ByteBuffer> out = new ArrayList<>(cut.parts() * 2 + 2);
        out.add(ByteBuffer.wrap(GZIP_HEADER));
        for (int i = 0; i < cut.parts(); i++) {
            crc.update(cut.body(), cut.from()[i], cut.to()[i] - cut.from()[i]);
            size += cut.to()[i] - cut.from()[i];
            out.add(ByteBuffer.wrap(deflated[i]));
            if (i < fragments.length && fragments[i].length > 0) {
                crc.update(fragments[i]);
                size += fragments[i].length;
                out.add(ByteBuffer.wrap(stored(fragments[i])));
            }
        }
        out.add(ByteBuffer.wrap(trailer(crc.getValue(), size)));
        return out;
    }

    /** A weak tag for the spliced answer: the page's, plus a checksum of the fragments when there are any. */
    static String etag(String pageTag, byte[][] fragments) {
        CRC32 crc = new CRC32();
        boolean any = false;
        for (byte[] f : fragments) {
            crc.update(f.length);
            crc.update(f);
            any |= f.length > 0;
        }
        return any ? pageTag.substring(0, pageTag.length() - 1) + "-" + Long.toHexString(crc.getValue()) + "\"" : pageTag;
    }

    static int length(List<ByteBuffer> chunks) {
        int n = 0;
        for (ByteBuffer c : chunks) {
            n += c.remaining();
        }
        return n;
    }

    /** Non-final stored blocks (RFC 1951 §3.2.4) of at most 65,535 bytes, starting on the byte boundary a sync flush left. */
    private static byte[] stored(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 5 * (data.length / 65535 + 1));
        for (int off = 0; off < data.length; off += 65535) {
            int len = Math.min(65535, data.length - off);
            out.write(0); // BFINAL 0, BTYPE 00, then padding to the byte boundary
            out.write(len & 0xff);
            out.write(len >>> 8);
            out.write(~len & 0xff);
            out.write((~len >>> 8) & 0xff);
            out.write(data, off, len);
        }
        return out.toByteArray();
    }

    private static byte[] trailer(long crc, long size) {
        byte[] t = new byte[8];
        for (int i = 0; i < 4; i++) {
            t[i] = (byte) (crc >>> (8 * i));
            t[4 + i] = (byte) (size >>> (8 * i));
        }
        return t;
    }

    private static byte[] drain(Deflater d, int flush, boolean toEnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        while (true) {
            int n = d.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
            if (toEnd ? d.finished() : n < buf.length && d.needsInput()) {
                return out.toByteArray();
            }
        }
    }
}
