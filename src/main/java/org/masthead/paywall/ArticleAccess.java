package org.masthead.paywall;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.content.AccessLevel;
import org.springframework.stereotype.Service;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The paywall on the serving path: who the reader is (identity cookie, in memory), their meter (the anonymous
 * meter cookie, or this node's copy of the member's), whether they subscribe ({@link Entitlements}, per node), and
 * the {@link AccessRule}'s answer. {@link #check} only reads; {@link #count} writes the one thing a first read of
 * the month writes, and is called only for a view actually shown (not HEAD, a 304 or a prefetch).
 */
@Service
public class ArticleAccess {

    private static final String CHECKED = ArticleAccess.class.getName() + ".verdict";

    /** One reader's answer for one article; {@link #access} is what pages show. */
    public static final class Verdict {
        private final Access access;
        private final ReaderKind reader;
        private final long articleId;
        private final Long memberId;
        private final int month;
        private final Set<Long> anonymousRead;

        Verdict(Access access, ReaderKind reader, long articleId, Long memberId, int month, Set<Long> anonymousRead) {
            this.access = access;
            this.reader = reader;
            this.articleId = articleId;
            this.memberId = memberId;
            this.month = month;
            this.anonymousRead = anonymousRead;
        }

        public Access access() {
            return access;
        }

        public ReaderKind reader() {
            return reader;
        }

        public long articleId() {
            return articleId;
        }
    }

    private final Optional<ReaderIdentities> readers;
    private final Entitlements entitlements;
    private final AnonymousMeter anonymous;
    private final MemberMeters members;
    private final MeterMonths months;
    private final PaywallProperties props;

    ArticleAccess(Optional<ReaderIdentities> readers, Entitlements entitlements, AnonymousMeter anonymous,
                  MemberMeters members, MeterMonths months, PaywallProperties props) {
        this.readers = readers;
        this.entitlements = entitlements;
        this.anonymous = anonymous;
        this.members = members;
        this.months = months;
        this.props = props;
    }

    /** The verdict for this request and article, worked out once per request. Reads only. */
    public Verdict check(HttpServletRequest req, long articleId, AccessLevel level) {
        if (req.getAttribute(CHECKED) instanceof Verdict v && v.articleId == articleId) {
            return v;
        }
        Verdict v = decide(req, articleId, level);
        req.setAttribute(CHECKED, v);
        return v;
    }

    /** Adds the article to the reader's meter when the verdict says this view counts: call once the view is sent. */
    public void count(Verdict v, HttpServletResponse res) {
        if (!v.access.counts()) {
            return;
        }
        if (v.memberId != null) {
            members.add(v.memberId, v.month, v.articleId, months.instant());
        } else {
            Set<Long> read = new LinkedHashSet<>(v.anonymousRead);
            read.add(v.articleId);
            anonymous.write(res, v.month, read);
        }
    }

    private Verdict decide(HttpServletRequest req, long articleId, AccessLevel level) {
        Optional<Long> member = readers.flatMap(r -> r.member(req));
        int month = months.now();
        if (member.isPresent()) {
            long id = member.get();
            boolean subscriber = level != AccessLevel.FREE && entitlements.of(id).subscriber(); // free needs no question
            ReaderKind kind = subscriber ? ReaderKind.SUBSCRIBER : ReaderKind.MEMBER;
            if (level != AccessLevel.METERED || subscriber) {
                return new Verdict(AccessRule.decide(kind, level, MeterState.empty(props.memberLimit())), kind, articleId, id, month, Set.of());
            }
            MemberMeters.Month kept = members.read(id, month);
            Access a = AccessRule.decide(kind, level, state(kept.read(), articleId, props.memberLimit()));
            if (a.counts() && !kept.justLoaded()) { // the copy may be behind: decide again on the database's meter
                a = AccessRule.decide(kind, level, state(members.fresh(id, month).read(), articleId, props.memberLimit()));
            }
            return new Verdict(a, kind, articleId, id, month, Set.of());
        }
        ReaderKind kind = readers.map(r -> r.returning(req)).orElse(false) ? ReaderKind.RETURNING : ReaderKind.ANONYMOUS;
        Set<Long> read = level == AccessLevel.METERED && kind == ReaderKind.ANONYMOUS ? anonymous.read(req, month) : Set.of();
        return new Verdict(AccessRule.decide(kind, level, state(read, articleId, props.anonymousLimit())), kind, articleId,
                null, month, read);
    }

    private static MeterState state(Set<Long> read, long articleId, int limit) {
        return new MeterState(read.size(), read.contains(articleId), limit);
    }
}
