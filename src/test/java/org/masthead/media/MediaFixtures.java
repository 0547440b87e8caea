package org.masthead.media;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Small images made in the test, so no binary fixtures are committed. */
public final class MediaFixtures {
    private MediaFixtures() {
    }

    /** A JPEG photograph stand-in of the given size: two colour fields, so it compresses like a picture. */
    public static byte[] jpeg(int width, int height) {
        return image("jpeg", width, height);
    }

    public static byte[] image(String format, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG whose APP1 segment holds EXIF with a GPS latitude (48° N), spliced in right after SOI. */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] jpeg = image("jpeg", width, height);
        byte[] exif = exifWithGps();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + exif.length + 4);
        out.put(jpeg, 0, 2); // SOI
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** True when the JPEG has an APP1 (EXIF) segment before its image data. */
    public static boolean hasExif(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) { // start of scan: no more metadata segments
                return false;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }

    private static byte[] exifWithGps() {
        ByteBuffer b = ByteBuffer.allocate(6 + 80); // big-endian, as "MM" says
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        b.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        b.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0); // IFD0 → GPS IFD
        b.putShort((short) 2);
        b.putShort((short) 1).putShort((short) 2).putInt(2).put("N\0\0\0".getBytes(StandardCharsets.US_ASCII)); // GPSLatitudeRef
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56).putInt(0); // GPSLatitude → 3 rationals at 56
        b.putInt(48).putInt(1).putInt(12).putInt(1).putInt(0).putInt(1);
        return b.array();
    }
}
