package org.masthead.members;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * The consent ledger as CSV: quoted where RFC 4180 needs it, and a cell that a spreadsheet would run as a
 * formula (starting with {@code = + - @}, tab or CR) is prefixed with an apostrophe, since an address's local
 * part may start with one.
 */
final class LedgerCsv {

    private final Writer out;

    LedgerCsv(Writer out) {
        this.out = out;
    }

    void header() {
        line("record", "member", "email", "purpose", "action", "recorded_at", "source", "wording_id", "wording_version");
    }

    void row(ConsentRecord r, String email) {
        line(String.valueOf(r.id()), String.valueOf(r.memberId()), email == null ? "" : email, r.purpose(),
                r.granted() ? "granted" : "withdrawn", DateTimeFormatter.ISO_INSTANT.format(r.recordedAt()), r.source(),
                String.valueOf(r.wordingId()), String.valueOf(r.wordingVersion()));
    }

    private void line(String... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells[i]));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
