package org.masthead.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The guideline check's speed, run by {@code bench/comments} (not a test: timings don't belong in tests). Builds
 * the check as the application does and reports the detector's start-up time and heap, then checks the labelled
 * comments, long ones (3 000 characters: the length limit) and pathological ones round-robin, {@value #WARM_UP} times to let the JIT
 * compile, then {@value #MEASURED} times, each timed alone.
 */
public final class GuidelinesBench {

    static final int WARM_UP = 20_000;
    static final int MEASURED = 10_000;
    static final int MAX_LENGTH = 3_000;
    /** Units repeated to the length limit, each aimed at a pattern's worst case (one once took 620 ms). */
    static final List<String> PATHOLOGICAL = List.of("a", "a-", "a.", "'a", "! ", "a1.", "ab.", "f*", "www.", "\"");

    private GuidelinesBench() {
    }

    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        long heapBefore = usedAfterGc(rt);
        long start = System.nanoTime();
        Guidelines guidelines = new Guidelines(CommentsProperties.defaults());
        long startMs = (System.nanoTime() - start) / 1_000_000;
        long heapMb = (usedAfterGc(rt) - heapBefore) / (1024 * 1024);
        List<CommentDraft> drafts = drafts();
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        int flagged = 0;
        for (int i = 0; i < WARM_UP; i++) {
            flagged += guidelines.check(drafts.get(i % drafts.size()), now).clean() ? 0 : 1;
        }
        flagged = 0;
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            CommentDraft d = drafts.get(i % drafts.size());
            long t = System.nanoTime();
            flagged += guidelines.check(d, now).clean() ? 0 : 1;
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("# %d drafts (%d long), JDK %s, %d cores, load %s%n", drafts.size(),
                drafts.stream().filter(d -> d.text().length() >= MAX_LENGTH - 300).count(),
                System.getProperty("java.version"), rt.availableProcessors(), loadAverage());
        System.out.printf("start-up %d ms, detector and lists %d MB of heap%n", startMs, heapMb);
        System.out.printf("%d checks: p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d flagged)%n", MEASURED,
                nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 99 / 100] / 1e6, nanos[MEASURED - 1] / 1e6, flagged);
    }

    private static List<CommentDraft> drafts() {
        List<CommentDraft> drafts = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        for (LabelledSet.Row row : LabelledSet.ROWS) {
            drafts.add(CommentDraft.of(row.text(), row.site()));
            if (row.expected().isEmpty() && row.site().equals("en")) {
                fine.add(row.text());
            }
        }
        for (int offset = 0; offset < 20; offset++) {
            drafts.add(CommentDraft.of(longText(fine, offset * 7), "en"));
        }
        drafts.add(CommentDraft.of(longText(List.of("Der Stadtrat hätte die Anwohner viel früher informieren müssen."), 0), "en"));
        drafts.add(CommentDraft.of(longText(List.of("Stop the tower."), 0), "en"));
        for (String unit : PATHOLOGICAL) {
            drafts.add(CommentDraft.of(unit.repeat(MAX_LENGTH / unit.length()), "en"));
        }
        return drafts;
    }

    /** Sentences from the list, from {@code offset} on, in paragraphs, up to the length limit. */
    private static String longText(List<String> sentences, int offset) {
        StringBuilder text = new StringBuilder();
        for (int i = offset; text.length() < MAX_LENGTH - 200; i++) {
            text.append(sentences.get(i % sentences.size())).append(i % 4 == 3 ? "\n\n" : " ");
        }
        return text.toString().strip();
    }

    private static long usedAfterGc(Runtime rt) {
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
