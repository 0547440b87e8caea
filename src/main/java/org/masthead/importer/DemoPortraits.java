package org.masthead.importer;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Byline portraits for the demo's reporters: a flat head-and-shoulders figure on a colour of its own. Shapes
 * only, no lettering, so seeding needs no fonts on the machine (and no one's photograph).
 */
final class DemoPortraits {

    static final int SIZE = 480;

    private static final Color[] BACKGROUNDS = {new Color(0x2b5d8a), new Color(0x7a3b3b), new Color(0x3f6b4f),
            new Color(0x6b5b95), new Color(0x8a6d2b), new Color(0x2b6f77)};
    private static final Color[] SKIN = {new Color(0xf1c7a8), new Color(0xd9a27c), new Color(0xa86f4c),
            new Color(0x7a4a2e), new Color(0xe8b98f)};

    private DemoPortraits() {
    }

    static BufferedImage draw(String name) {
        Random r = new Random(name.hashCode());
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color bg = BACKGROUNDS[r.nextInt(BACKGROUNDS.length)];
        g.setPaint(new GradientPaint(0, 0, bg.brighter(), 0, SIZE, bg));
        g.fillRect(0, 0, SIZE, SIZE);
        g.setColor(new Color(40 + r.nextInt(60), 40 + r.nextInt(60), 50 + r.nextInt(60)));
        g.fill(new RoundRectangle2D.Double(90, 330, 300, 260, 180, 180)); // shoulders
        Color skin = SKIN[r.nextInt(SKIN.length)];
        g.setColor(skin);
        g.fill(new RoundRectangle2D.Double(205, 270, 70, 80, 20, 20)); // neck
        g.fill(new Ellipse2D.Double(160, 110, 160, 190)); // face
        g.setColor(new Color(30 + r.nextInt(90), 20 + r.nextInt(50), 10 + r.nextInt(30)));
        int hair = r.nextInt(3);
        g.fill(new Ellipse2D.Double(150, 90, 180, hair == 0 ? 110 : 130)); // hair
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(172, 150, 136, 150));
        g.dispose();
        return img;
    }
}
