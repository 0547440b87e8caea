package org.masthead.importer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws the demo newsroom's lead images: simple flat illustrations (a skyline, waves, mountains…) in a
 * palette per section, so the demo looks like a paper without shipping anyone's photographs.
 */
final class DemoArt {

    static final int W = 1600;
    static final int H = 900;

    private DemoArt() {
    }

    static BufferedImage draw(String motif, String section, long seed) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random r = new Random(seed);
        Color[] p = palette(section);
        g.setPaint(new GradientPaint(0, 0, p[0], 0, H, p[1]));
        g.fillRect(0, 0, W, H);
        g.setColor(withAlpha(p[3], 200));
        g.fill(new Ellipse2D.Double(200 + r.nextInt(1100), 80 + r.nextInt(200), 140, 140));
        switch (motif) {
            case "skyline" -> skyline(g, r, p);
            case "waves" -> waves(g, r, p);
            case "mountains", "forest" -> mountains(g, r, p, motif.equals("forest"));
            case "chart" -> chart(g, r, p);
            case "orbit" -> orbit(g, r, p);
            case "field", "stadium" -> field(g, r, p, motif.equals("stadium"));
            case "bridge" -> bridge(g, r, p);
            default -> abstractShapes(g, r, p);
        }
        g.dispose();
        return img;
    }

    private static Color[] palette(String section) {
        int hue = Math.floorMod(section.hashCode(), 360);
        return new Color[] {
                Color.getHSBColor(hue / 360f, 0.35f, 0.95f), Color.getHSBColor(hue / 360f, 0.45f, 0.75f),
                Color.getHSBColor(((hue + 180) % 360) / 360f, 0.5f, 0.35f), Color.getHSBColor(0.12f, 0.5f, 1f),
                Color.getHSBColor(hue / 360f, 0.6f, 0.45f)};
    }

    private static Color withAlpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    private static void skyline(Graphics2D g, Random r, Color[] p) {
        for (int layer = 0; layer < 2; layer++) {
            g.setColor(layer == 0 ? p[4] : p[2]);
            for (int x = -20; x < W; x += 60 + r.nextInt(90)) {
                int h = 180 + r.nextInt(layer == 0 ? 420 : 300);
                g.fillRect(x, H - h, 50 + r.nextInt(70), h);
            }
        }
        g.setColor(withAlpha(p[3], 180));
        for (int i = 0; i < 120; i++) {
            g.fillRect(r.nextInt(W), H - 80 - r.nextInt(300), 8, 12);
        }
    }

    private static void waves(Graphics2D g, Random r, Color[] p) {
        for (int i = 0; i < 6; i++) {
            Path2D wave = new Path2D.Double();
            int base = 420 + i * 85;
            wave.moveTo(0, H);
            wave.lineTo(0, base);
            for (int x = 0; x <= W; x += 100) {
                wave.quadTo(x + 50, base - 40 - r.nextInt(30), x + 100, base);
            }
            wave.lineTo(W, H);
            wave.closePath();
            g.setColor(withAlpha(i % 2 == 0 ? p[4] : p[2], 150 + i * 15));
            g.fill(wave);
        }
    }

    private static void mountains(Graphics2D g, Random r, Color[] p, boolean trees) {
        for (int layer = 0; layer < 3; layer++) {
            Path2D m = new Path2D.Double();
            m.moveTo(0, H);
            int x = 0;
            while (x < W) {
                int peak = 250 + layer * 120 + r.nextInt(150);
                m.lineTo(x + 150 + r.nextInt(100), peak);
                x += 300 + r.nextInt(200);
                m.lineTo(x, 500 + layer * 100);
            }
            m.lineTo(W, H);
            m.closePath();
            g.setColor(layer == 2 ? p[2] : withAlpha(p[4], 140 + layer * 50));
            g.fill(m);
        }
        if (trees) {
            g.setColor(p[2].darker());
            for (int i = 0; i < 40; i++) {
                int tx = r.nextInt(W);
                int ty = H - 40 - r.nextInt(120);
                g.fillPolygon(new int[] {tx, tx + 30, tx + 60}, new int[] {ty, ty - 120, ty}, 3);
            }
        }
    }

    private static void chart(Graphics2D g, Random r, Color[] p) {
        g.setColor(withAlpha(Color.WHITE, 90));
        for (int y = 150; y < H; y += 120) {
            g.drawLine(80, y, W - 80, y);
        }
        int bars = 12;
        for (int i = 0; i < bars; i++) {
            int h = 120 + r.nextInt(500);
            g.setColor(withAlpha(p[4], 220));
            g.fillRect(120 + i * 115, H - 60 - h, 70, h);
        }
        g.setColor(p[2]);
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D line = new Path2D.Double();
        line.moveTo(100, 600);
        for (int x = 100; x < W - 100; x += 120) {
            line.lineTo(x, 200 + r.nextInt(450));
        }
        g.draw(line);
    }

    private static void orbit(Graphics2D g, Random r, Color[] p) {
        g.setColor(new Color(20, 24, 48));
        g.fillRect(0, 0, W, H);
        g.setColor(Color.WHITE);
        for (int i = 0; i < 250; i++) {
            g.fillOval(r.nextInt(W), r.nextInt(H), 3, 3);
        }
        g.setColor(p[0]);
        g.fill(new Ellipse2D.Double(560, 220, 480, 480));
        g.setStroke(new BasicStroke(6));
        g.setColor(withAlpha(p[3], 220));
        g.draw(new Ellipse2D.Double(360, 380, 880, 160));
    }

    private static void field(Graphics2D g, Random r, Color[] p, boolean stadium) {
        g.setColor(new Color(46, 125, 50));
        g.fillRect(0, 480, W, H - 480);
        g.setColor(new Color(67, 160, 71));
        for (int x = 0; x < W; x += 160) {
            g.fillRect(x, 480, 80, H - 480);
        }
        if (stadium) {
            g.setColor(p[2]);
            g.fillRect(0, 300, W, 180);
            g.setColor(withAlpha(Color.WHITE, 200));
            g.setStroke(new BasicStroke(6));
            g.drawRect(200, 540, W - 400, 300);
            g.drawLine(W / 2, 540, W / 2, 840);
            for (int i = 0; i < 300; i++) {
                g.setColor(Color.getHSBColor(r.nextFloat(), 0.6f, 0.9f));
                g.fillOval(r.nextInt(W), 310 + r.nextInt(160), 10, 10);
            }
        }
    }

    private static void bridge(Graphics2D g, Random r, Color[] p) {
        waves(g, r, p);
        g.setColor(p[2]);
        g.setStroke(new BasicStroke(14));
        g.fillRect(0, 430, W, 30);
        g.fillRect(400, 150, 40, 500);
        g.fillRect(1160, 150, 40, 500);
        g.setStroke(new BasicStroke(6));
        for (int x = 0; x <= W; x += 80) {
            g.drawLine(x, 430, x < 800 ? 420 : 1180, 160);
        }
    }

    private static void abstractShapes(Graphics2D g, Random r, Color[] p) {
        for (int i = 0; i < 14; i++) {
            g.setColor(withAlpha(p[r.nextInt(p.length)], 150));
            int s = 120 + r.nextInt(380);
            if (r.nextBoolean()) {
                g.fillOval(r.nextInt(W) - s / 2, r.nextInt(H) - s / 2, s, s);
            } else {
                g.fillRect(r.nextInt(W) - s / 2, r.nextInt(H) - s / 2, s, s / 2);
            }
        }
    }
}
