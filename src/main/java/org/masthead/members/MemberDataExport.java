package org.masthead.members;

import java.util.function.LongFunction;

/**
 * One section of a member's data download ("download my data"): every bean implementing this is asked, and
 * its answer is written as JSON under {@link #section()}. Modules that keep a member's data add one (the
 * subscriptions, the comments), so the download always holds everything.
 */
public interface MemberDataExport {

    /** The key of this section in the download, e.g. {@code subscriptions}. */
    String section();

    /** What this module holds for the member, as records, lists and maps that serialise to JSON. */
    Object export(long memberId);

    static MemberDataExport of(String section, LongFunction<Object> export) {
        return new MemberDataExport() {
            @Override
            public String section() {
                return section;
            }

            @Override
            public Object export(long memberId) {
                return export.apply(memberId);
            }
        };
    }
}
