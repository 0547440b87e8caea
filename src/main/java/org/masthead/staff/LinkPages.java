package org.masthead.staff;

import org.masthead.platform.Csrf;
import org.masthead.platform.Form;

/** View records of the pages reached from e-mailed links: invitations and password resets. */
public final class LinkPages {
    private LinkPages() {
    }

    public record AcceptPage(String siteName, Csrf csrf, String token, String email, String role, Form form) { }

    /** Asking for a reset link; {@code sent} shows the same answer whether or not the address is known. */
    public record ResetRequestPage(String siteName, Csrf csrf, Form form, boolean sent) { }

    public record ResetPage(String siteName, Csrf csrf, String token, Form form) { }

    /** A link that has been used, withdrawn or has expired; also any other dead end (not found, bad value). */
    public record DeadLinkPage(String siteName, String title, String message) { }
}
