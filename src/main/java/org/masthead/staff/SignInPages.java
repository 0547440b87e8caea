package org.masthead.staff;

import org.masthead.platform.Csrf;

/** View records of the sign-in screens. */
public final class SignInPages {
    private SignInPages() {
    }

    /** E-mail and password. {@code notice} is a neutral line (signed out, password changed); {@code error} a refusal. */
    public record PasswordPage(String siteName, Csrf csrf, String email, String error, String notice) { }

    /** The second step: {@code totp} chooses the wording; {@code maskedEmail} says where the code went. */
    public record CodePage(String siteName, Csrf csrf, boolean totp, String maskedEmail, String error, boolean resent) { }
}
