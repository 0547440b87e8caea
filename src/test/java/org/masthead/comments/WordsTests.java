package org.masthead.comments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTests {

    @Test
    void normalisesCaseAccentsLookAlikesAndSpelledOutLetters() {
        assertThat(Words.of("ENCULÉ 1d10t i.d.i.o.t i d i o t Scheiße").stream().map(Words.Word::form))
                .containsExactly("encule", "idiot", "idiot", "idiot", "scheisse");
    }

    @Test
    void keepsNumbersAsNumbersAndLeavesLinksOut() {
        assertThat(Words.of("In 1999 see https://example.org/idiot-guide now").stream().map(Words.Word::form))
                .containsExactly("in", "1999", "see", "now");
    }

    @Test
    void marksMentionsAndQuotedReportedSpeech() {
        var words = Words.of("@sam said 'idiots' but \"fools\" here");
        assertThat(words.get(0).mention()).isTrue();
        assertThat(words.get(2).reported()).isTrue();
        assertThat(words.get(4).reported()).isTrue(); // "said" is within reach of the second quote too
        assertThat(Words.of("Honestly \"fools\" all").get(1).reported()).isFalse();
    }
}
