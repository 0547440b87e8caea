package org.masthead.comments;

import org.masthead.comments.Words.Word;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The community guidelines as one pure function of a draft and the time: no database, no outside service, no
 * clock of its own. Every rule that is on runs, so the commenter learns everything at once rather than one
 * finding per resubmission. Built once per JVM ({@link GuidelineCheck}): the language rule's detector is heavy.
 */
final class Guidelines {

    private final CommentsProperties settings;
    private final LanguageRule language;
    private final SentenceRule sentences;
    private final AbuseRule abuse;
    private final SpamRule spam;

    Guidelines(CommentsProperties settings) {
        this.settings = settings;
        this.language = settings.language().enabled() ? new LanguageRule(settings.language()) : null;
        this.sentences = new SentenceRule(settings.sentences());
        var lists = settings.abuse();
        this.abuse = new AbuseRule(TermList.load("/comments/abuse.txt", lists.abuseLists()),
                TermList.load("/comments/insults.txt", lists.insultLists()),
                TermList.load("/comments/attacks.txt", lists.attackLists()));
        this.spam = new SpamRule(settings.spam());
    }

    Verdict check(CommentDraft draft, Instant now) {
        Locale site = Locale.forLanguageTag(draft.languages().get(0));
        String text = draft.text();
        List<Word> words = Words.of(text);
        List<Finding> findings = new ArrayList<>();
        if (language != null) {
            language.check(text, draft.languages()).ifPresent(d -> findings.add(new Finding(Rule.LANGUAGE,
                    Explanations.say(site, "LANGUAGE", Explanations.languages(site, draft.languages()),
                            Explanations.language(site, d.code())), d.code())));
        }
        if (settings.sentences().enabled()) {
            sentences.check(text, words).ifPresent(kind -> findings.add(new Finding(Rule.FULL_SENTENCES,
                    Explanations.say(site, "FULL_SENTENCES." + kind), "")));
        }
        if (settings.abuse().enabled()) {
            abuse.abuse(words, site.getLanguage()).ifPresent(m -> findings.add(new Finding(Rule.ABUSE, Explanations.say(site, "ABUSE", m), m)));
        }
        if (settings.abuse().personalAttacks()) {
            abuse.attack(words, site.getLanguage()).ifPresent(m -> findings.add(
                    new Finding(Rule.PERSONAL_ATTACK, Explanations.say(site, "PERSONAL_ATTACK", m), m)));
        }
        spamFindings(draft, words, now, site, findings);
        return new Verdict(findings);
    }

    private void spamFindings(CommentDraft draft, List<Word> words, Instant now, Locale site, List<Finding> findings) {
        var s = settings.spam();
        if (s.links()) {
            spam.links(draft.text()).ifPresent(n -> findings.add(new Finding(Rule.SPAM_LINKS,
                    Explanations.say(site, "SPAM_LINKS", n, s.maxLinks()), String.valueOf(n))));
        }
        if (s.repeated()) {
            spam.repeated(draft.text(), words, draft.previousText()).ifPresent(m -> findings.add(
                    new Finding(Rule.REPEATED_TEXT, m.isEmpty() ? Explanations.say(site, "REPEATED_TEXT.PREVIOUS")
                            : Explanations.say(site, "REPEATED_TEXT", m), m)));
        }
        if (spam.tooFast(draft.recentPosts(), now)) {
            findings.add(new Finding(Rule.RATE, Explanations.say(site, "RATE", s.rate(), s.ratePer().toSeconds()), ""));
        }
    }
}
