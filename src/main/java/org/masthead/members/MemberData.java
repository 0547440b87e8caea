package org.masthead.members;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Download my data": everything Masthead holds about a member, as one JSON document — what this module keeps
 * (account, sessions, consents, saved stories) and a section from every other module's {@link MemberDataExport}.
 */
@Service
public class MemberData {

    private final ObjectProvider<MemberDataExport> exports;
    private final Clock clock;

    MemberData(ObjectProvider<MemberDataExport> exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    /** Section name → data, in a stable order; {@code exportedAt} first. */
    @Transactional(readOnly = true)
    public Map<String, Object> download(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exportedAt", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
        exports.orderedStream().forEach(e -> out.put(e.section(), e.export(memberId)));
        return out;
    }

    /** This module's own sections of the download. */
    @Configuration(proxyBeanMethods = false)
    static class OwnSections {

        record Account(long id, String email, String displayName, boolean hasPassword, String createdAt,
                       String deletionDueAt) { }

        record Session(String device, String signedInAt, String lastSeenAt) { }

        record Consent(String purpose, String action, String recordedAt, String source, int wordingVersion,
                       String wording) { }

        record SavedStory(long articleId, String savedAt) { }

        @Bean
        @org.springframework.core.annotation.Order(1)
        MemberDataExport accountExport(MemberRepository members, ReaderSessionRepository sessions, Clock clock) {
            return MemberDataExport.of("account", id -> {
                MemberRepository.Row m = members.byId(id).orElseThrow();
                List<Session> signedIn = sessions.list(id, clock.instant()).stream()
                        .map(s -> new Session(s.device(), iso(s.createdAt()), iso(s.lastSeenAt()))).toList();
                return Map.of("profile", new Account(m.id(), m.email(), m.displayName(), m.passwordHash() != null,
                        iso(m.createdAt()), iso(m.deletionDueAt())), "sessions", signedIn);
            });
        }

        @Bean
        @org.springframework.core.annotation.Order(2)
        MemberDataExport consentsExport(ConsentRepository consents) {
            return MemberDataExport.of("consents", id -> {
                Map<Long, String> wordings = consents.wordings().stream()
                        .collect(Collectors.toMap(ConsentWording::id, ConsentWording::text));
                return consents.history(id).stream().map(c -> new Consent(c.purpose(), c.granted() ? "granted" : "withdrawn",
                        iso(c.recordedAt()), c.source(), c.wordingVersion(), wordings.get(c.wordingId()))).toList();
            });
        }

        @Bean
        @org.springframework.core.annotation.Order(3)
        MemberDataExport savedExport(SavedRepository saved) {
            return MemberDataExport.of("savedStories", id -> saved.newest(id, Integer.MAX_VALUE).stream()
                    .map(s -> new SavedStory(s.articleId(), iso(s.savedAt()))).toList());
        }

        private static String iso(java.time.Instant at) {
            return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at);
        }
    }
}
