package org.masthead.media;

import net.coobird.thumbnailator.Thumbnails;
import org.masthead.platform.UnsupportedMediaException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Reads images by their content (never by file name or declared type) and writes clean copies. Writing a
 * fresh file drops every metadata block, EXIF location included.
 */
final class ImageCodec {

    static final Set<String> ACCEPTED = Set.of("jpeg", "png", "gif", "webp");

    record Decoded(String format, BufferedImage image) { }

    private ImageCodec() {
    }

    static String detectFormat(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnsupportedMediaException("file", "not an image we accept (JPEG, PNG, GIF or WebP)");
            }
            String format = readers.next().getFormatName().toLowerCase(Locale.ROOT);
            format = format.equals("jpg") ? "jpeg" : format;
            if (!ACCEPTED.contains(format)) {
                throw new UnsupportedMediaException("file", "images must be JPEG, PNG, GIF or WebP, not " + format);
            }
            return format;
        } catch (IOException e) {
            throw new UnsupportedMediaException("file", "the file could not be read as an image");
        }
    }

    static Decoded decode(byte[] bytes, long maxPixels) {
        String format = detectFormat(bytes);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > maxPixels) { // refuse decompression bombs before allocating the bitmap
                throw new UnsupportedMediaException("file", "the image has too many pixels (" + pixels + ")");
            }
            BufferedImage image = reader.read(0);
            reader.dispose();
            return new Decoded(format, image);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsupportedMediaException u) {
                throw u;
            }
            throw new UnsupportedMediaException("file", "the image is damaged or truncated");
        }
    }

    /** The format we store and serve for an upload: GIF stays GIF (no EXIF), WebP is kept as PNG or JPEG. */
    static String storedFormat(Decoded d) {
        return switch (d.format()) {
            case "jpeg", "gif" -> d.format();
            default -> d.image().getColorModel().hasAlpha() ? "png" : (d.format().equals("png") ? "png" : "jpeg");
        };
    }

    static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (format.equals("jpeg")) {
                BufferedImage rgb = image.getType() == BufferedImage.TYPE_INT_RGB ? image : toRgb(image);
                ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
                ImageWriteParam p = w.getDefaultWriteParam();
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(0.85f);
                p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                    w.setOutput(ios);
                    w.write(null, new IIOImage(rgb, null, null), p);
                }
                w.dispose();
            } else {
                ImageIO.write(image, format, out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage resize(BufferedImage image, int width) {
        try {
            return Thumbnails.of(image).width(width).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage toRgb(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
