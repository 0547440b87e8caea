package org.masthead.site;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The publisher logo drawn from the name: a PNG within Google's 600×60 publisher-logo box. */
class WordmarkTests {

    @Test
    void aShortNameIsSixtyPixelsHighAndNarrowerThanTheBox() throws IOException {
        BufferedImage logo = decode(Wordmark.png("The Herald"));
        assertThat(logo.getHeight()).isEqualTo(60);
        assertThat(logo.getWidth()).isBetween(100, 599);
        assertThat(inkedPixels(logo)).as("the name is drawn").isGreaterThan(500);
    }

    @Test
    void aLongNameShrinksToFitSixHundredPixels() throws IOException {
        BufferedImage logo = decode(Wordmark.png("The Extraordinarily Long-Named Evening Chronicle and Advertiser"));
        assertThat(logo.getWidth()).isLessThanOrEqualTo(600);
        assertThat(logo.getHeight()).isEqualTo(60);
        int rightmostInk = 0;
        for (int x = 0; x < logo.getWidth(); x++) {
            for (int y = 0; y < logo.getHeight(); y++) {
                if ((logo.getRGB(x, y) & 0xff) < 128) {
                    rightmostInk = x;
                }
            }
        }
        assertThat(rightmostInk).as("the last letter is not cut off").isLessThan(logo.getWidth() - 4);
    }

    @Test
    void theSameNameGivesTheSameBytes() {
        assertThat(Wordmark.png("The Herald")).isEqualTo(Wordmark.png("The Herald"));
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int inkedPixels(BufferedImage image) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                n += (image.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        return n;
    }
}
