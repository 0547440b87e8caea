package org.masthead.admin;

import org.masthead.platform.Form;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the settings screen. Each line names its form fields; values and errors come from {@code form}. */
public final class SettingsPages {
    private SettingsPages() {
    }

    /** A top-level section's line of the navigation table. */
    public record NavLine(String name, String href, String shownField, String orderField) { }

    /** A footer link's line; blank lines let the newsroom add links without script. */
    public record FooterLine(int number, String labelField, String urlField, String orderField) { }

    public record SocialLine(String label, String field, String placeholder) { }

    /** The logo in use: an image from the media library ({@code src} set), or the generated wordmark. */
    public record LogoPreview(String src, int width, int height, String wordmarkSrc) { }

    /** {@code configured*} are configuration's values, shown as what an emptied or reverted field falls back to. */
    public record SettingsPage(StaffChrome chrome, Form form, LogoPreview logo, List<String> timeZones,
                               List<NavLine> navigation, List<FooterLine> footer, List<SocialLine> social,
                               String configuredName, String configuredTimeZone, String configuredLanguage,
                               String notice) { }
}
