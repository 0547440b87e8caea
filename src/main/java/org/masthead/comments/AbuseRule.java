package org.masthead.comments;

import org.masthead.comments.Words.Word;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Abuse and personal attacks, on the words of {@link Words}. Abuse: any term of the abuse list (swearing, slurs).
 * A personal attack: a phrase of the attack list ("people like you"), or an insult of the insult list right after
 * a target — a second person ("you", "du", "tu", "eres"), or an {@code @name} — with at most
 * {@value #MAX_FILLERS} filler words between ("you are such an idiot", "@sam is a troll"). Insults on their own
 * ("an idiotic plan", "the minister called them fools") are criticism the guidelines allow; we rejected flagging
 * them, which fired on every heated but fair comment. Terms in quotation marks after a reporting word ("the crowd
 * chanted 'scum'") are reported speech and don't count.
 */
final class AbuseRule {

    static final int MAX_FILLERS = 3;
    private static final Set<String> TARGETS = Set.of("you", "u", "ya", "your", "youre", "ur", "yourself",
            "du", "dich", "tu", "toi", "eres", "sei", "jij");
    private static final Set<String> FILLERS = Set.of("are", "r", "re", "is", "s", "was", "were", "be", "being",
            "a", "an", "the", "such", "so", "just", "really", "total", "totally", "complete", "completely", "absolute",
            "absolutely", "utter", "biggest", "real", "little", "bist", "ein", "eine", "voll", "echt", "ist", "es",
            "un", "une", "vraiment", "una", "muy", "uno", "proprio", "een", "bent");

    private final TermList abuse;
    private final TermList insults;
    private final TermList attacks;

    AbuseRule(TermList abuse, TermList insults, TermList attacks) {
        this.abuse = abuse;
        this.insults = insults;
        this.attacks = attacks;
    }

    /** The abusive term as typed, if any. */
    Optional<String> abuse(List<Word> words, String site) {
        return abuse.find(words, site);
    }

    /** The attack as typed ("you are an idiot"), if any. */
    Optional<String> attack(List<Word> words, String site) {
        Optional<String> phrase = attacks.find(words, site);
        if (phrase.isPresent()) {
            return phrase;
        }
        for (int i = 0; i < words.size(); i++) {
            if (isTarget(words.get(i))) {
                Optional<String> insult = insultAfter(words, i, site);
                if (insult.isPresent()) {
                    return insult;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isTarget(Word w) {
        return !w.reported() && (w.mention() || TARGETS.contains(w.form()));
    }

    private Optional<String> insultAfter(List<Word> words, int target, String site) {
        int at = target + 1;
        for (int fillers = 0; at < words.size() && fillers <= MAX_FILLERS; fillers++, at++) {
            int n = insults.matchAt(words, at, site);
            if (n > 0) {
                return Optional.of(TermList.typed(words, target, at + n - target));
            }
            if (!FILLERS.contains(words.get(at).form())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
