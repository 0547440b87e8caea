package org.masthead.staff;

import org.masthead.platform.Form;

import java.util.List;

/** View records of "My account". */
public final class AccountPages {
    private AccountPages() {
    }

    public record Device(String label, String lastUsed) { }

    public record AccountPage(StaffChrome chrome, String name, String email, String role, boolean totpEnabled,
                              boolean totpRequired, List<Device> devices, Form password, Form totpOff, String notice) { }

    /** Setting up an authenticator app: the QR code as a data URI, the secret to type instead, the code form. */
    public record TotpPage(StaffChrome chrome, String qrDataUri, String secret, Form form, boolean required) { }
}
