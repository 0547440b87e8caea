package org.masthead.paywall;

import org.junit.jupiter.api.Test;
import org.masthead.content.AccessLevel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.content.AccessLevel.FREE;
import static org.masthead.content.AccessLevel.METERED;
import static org.masthead.content.AccessLevel.PREMIUM;
import static org.masthead.paywall.ReaderKind.ANONYMOUS;
import static org.masthead.paywall.ReaderKind.MEMBER;
import static org.masthead.paywall.ReaderKind.RETURNING;
import static org.masthead.paywall.ReaderKind.SUBSCRIBER;

/** The access rule as a full matrix: every reader kind × access level × meter state, spelled out. */
class AccessRuleTests {

    /** Meter states worth telling apart, for a limit of 3. */
    private static final Map<String, MeterState> METERS = new LinkedHashMap<>();

    static {
        METERS.put("fresh", new MeterState(0, false, 3));
        METERS.put("one read, not this", new MeterState(1, false, 3));
        METERS.put("one read, this", new MeterState(1, true, 3));
        METERS.put("limit reached, not this", new MeterState(3, false, 3));
        METERS.put("limit reached, this", new MeterState(3, true, 3));
        METERS.put("past limit (merged), this", new MeterState(5, true, 3));
        METERS.put("past limit (merged), not this", new MeterState(5, false, 3));
    }

    /** full | wall:<kind>, then count or - (counts), left, shared or private. */
    private static String expected(ReaderKind reader, AccessLevel level, String meter) {
        if (reader == SUBSCRIBER) {
            return "full - -1 private";
        }
        if (level == FREE) {
            return "full - -1 " + (reader == ANONYMOUS ? "shared" : "private");
        }
        if (reader == RETURNING) {
            return "wall:SIGN_IN - -1 private";
        }
        if (level == PREMIUM) {
            return "wall:SUBSCRIBE - -1 " + (reader == ANONYMOUS ? "shared" : "private");
        }
        String blocked = "wall:" + (reader == ANONYMOUS ? "SIGN_UP" : "SUBSCRIBE") + " - 0 private";
        return switch (meter) {
            case "fresh" -> "full count 2 private";
            case "one read, not this" -> "full count 1 private";
            case "one read, this" -> "full - 2 private";
            case "limit reached, this", "past limit (merged), this" -> "full - 0 private";
            default -> blocked;
        };
    }

    private static String actual(Access a) {
        return (a.fullText() ? "full" : "wall:" + a.wall()) + " " + (a.counts() ? "count" : "-") + " " + a.left() + " "
                + (a.shared() ? "shared" : "private");
    }

    @Test
    void decidesEveryReaderKindLevelAndMeterState() {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (ReaderKind reader : ReaderKind.values()) {
            for (AccessLevel level : AccessLevel.values()) {
                for (Map.Entry<String, MeterState> meter : METERS.entrySet()) {
                    cells++;
                    String got = actual(AccessRule.decide(reader, level, meter.getValue()));
                    String want = expected(reader, level, meter.getKey());
                    if (!got.equals(want)) {
                        wrong.add(reader + " × " + level + " × " + meter.getKey() + ": " + got + ", expected " + want);
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(4 * 3 * 7);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFullTextAnswerNeverCarriesAWallAndAWallNeverCounts() {
        for (ReaderKind reader : ReaderKind.values()) {
            for (AccessLevel level : AccessLevel.values()) {
                for (MeterState meter : METERS.values()) {
                    Access a = AccessRule.decide(reader, level, meter);
                    assertThat(a.fullText()).isEqualTo(a.wall() == Wall.NONE);
                    if (a.counts()) {
                        assertThat(a.fullText() && level == METERED).as("only metered full text counts").isTrue();
                    }
                    assertThat(a.shared()).as("only what every anonymous reader gets is shared")
                            .isEqualTo(reader == ANONYMOUS && (level == FREE || level == PREMIUM));
                }
            }
        }
    }

    @Test
    void tellsTheReaderHowManyFreeArticlesAreLeftBeforeItBlocks() {
        assertThat(AccessRule.decide(MEMBER, METERED, new MeterState(7, false, 10)).notice())
                .isEqualTo("2 of 10 free articles left this month");
        assertThat(AccessRule.decide(MEMBER, METERED, new MeterState(8, true, 10)).notice())
                .isEqualTo("2 of 10 free articles left this month");
        assertThat(AccessRule.decide(ANONYMOUS, METERED, new MeterState(2, false, 3)).notice())
                .isEqualTo("This is the last of your 3 free articles this month");
        assertThat(AccessRule.decide(ANONYMOUS, METERED, new MeterState(3, true, 3)).notice())
                .as("re-reading with none left").isEqualTo("0 of 3 free articles left this month");
        assertThat(AccessRule.decide(ANONYMOUS, METERED, new MeterState(3, false, 3)).notice()).isNull();
        assertThat(AccessRule.decide(ANONYMOUS, FREE, MeterState.empty(3)).notice()).isNull();
        assertThat(AccessRule.decide(SUBSCRIBER, METERED, MeterState.empty(10)).notice()).isNull();
    }

    @Test
    void aLimitOfNoneBlocksEveryNewMeteredArticle() {
        Access a = AccessRule.decide(ANONYMOUS, METERED, MeterState.empty(0));
        assertThat(a.fullText()).isFalse();
        assertThat(a.wall()).isEqualTo(Wall.SIGN_UP);
    }
}
