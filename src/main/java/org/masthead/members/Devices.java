package org.masthead.members;

import java.util.regex.Pattern;

/**
 * A browser's name as the account page shows it ("Firefox on Windows"), from its User-Agent. Enough for a
 * reader to tell their sessions apart; deliberately not a fingerprint (no versions, nothing else is stored).
 */
final class Devices {

    private static final String[][] BROWSERS = {
            {"Edg/", "Edge"}, {"OPR/", "Opera"}, {"SamsungBrowser", "Samsung Internet"}, {"Firefox/", "Firefox"},
            {"FxiOS", "Firefox"}, {"CriOS", "Chrome"}, {"Chromium", "Chromium"}, {"Chrome/", "Chrome"},
            {"Safari/", "Safari"}};
    private static final String[][] SYSTEMS = {
            {"iPhone", "iPhone"}, {"iPad", "iPad"}, {"Android", "Android"}, {"Windows", "Windows"},
            {"Mac OS X", "macOS"}, {"CrOS", "ChromeOS"}, {"Linux", "Linux"}};
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private Devices() {
    }

    static String label(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String agent = CONTROL.matcher(userAgent).replaceAll("");
        String browser = first(BROWSERS, agent);
        String system = first(SYSTEMS, agent);
        if (browser == null) {
            return system == null ? "Unknown browser" : "A browser on " + system;
        }
        return system == null ? browser : browser + " on " + system;
    }

    private static String first(String[][] table, String agent) {
        for (String[] row : table) {
            if (agent.contains(row[0])) {
                return row[1];
            }
        }
        return null;
    }
}
