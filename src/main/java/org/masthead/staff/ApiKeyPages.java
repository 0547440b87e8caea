package org.masthead.staff;

import org.masthead.platform.Form;

import java.util.List;

/** View records of the API keys screen. */
public final class ApiKeyPages {
    private ApiKeyPages() {
    }

    /** A key as listed; {@code revoked} is empty while it works. */
    public record Row(long id, String name, String prefix, String createdBy, String created, String lastUsed,
                      String revoked) { }

    /** {@code newKey} is the key just made, shown this once; null otherwise. */
    public record ApiKeysPage(StaffChrome chrome, List<Row> keys, Form form, String newKeyName, String newKey,
                              String notice) { }
}
