package org.masthead.site;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The publication's name set as a wordmark PNG: bold serif, the site's ink on its paper, 60 pixels high and
 * at most 600 wide, the publisher-logo size Google asks for. The font shrinks until a long name fits.
 */
final class Wordmark {

    static final int MAX_WIDTH = 600;
    static final int HEIGHT = 60;
    private static final int PADDING = 12;
    private static final Color INK = new Color(0x1a1a1a);
    private static final Color PAPER = new Color(0xfffdf8);

    private Wordmark() {
    }

    static byte[] png(String name) {
        String text = name == null || name.isBlank() ? "News" : name.strip();
        Font font = fitting(text);
        FontMetrics metrics = measure(font);
        int width = Math.min(MAX_WIDTH, metrics.stringWidth(text) + 2 * PADDING);
        BufferedImage image = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, width, HEIGHT);
            g.setColor(INK);
            g.setFont(font);
            int baseline = (HEIGHT - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
            g.drawString(text, PADDING, baseline);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Font fitting(String text) {
        Font font = new Font(Font.SERIF, Font.BOLD, 38);
        while (font.getSize() > 12 && measure(font).stringWidth(text) + 2 * PADDING > MAX_WIDTH) {
            font = font.deriveFont((float) font.getSize() - 2);
        }
        return font;
    }

    private static FontMetrics measure(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
