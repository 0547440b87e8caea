package org.masthead.site;

/**
 * Text that XML 1.0 can carry. Most C0 control characters, lone surrogates and U+FFFE/U+FFFF are not
 * allowed even escaped; a headline pasted from a word processor can hold one, and a feed or sitemap with
 * it is rejected whole by parsers. They are dropped rather than replaced: they never showed on the page.
 */
final class XmlText {
    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
