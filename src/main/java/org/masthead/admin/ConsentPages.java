package org.masthead.admin;

import org.masthead.platform.Form;
import org.masthead.staff.StaffChrome;

import java.util.List;

/** View records of the consent screen. */
public final class ConsentPages {
    private ConsentPages() {
    }

    public record Version(int version, String text) { }

    /**
     * One purpose: its current wording, the form that adds a version (with what was typed when refused), and the
     * older versions, which stay because ledger records name them.
     */
    public record Purpose(String purpose, Version current, Form form, List<Version> older) { }

    public record ConsentsPage(StaffChrome chrome, String notice, List<Purpose> purposes) { }
}
