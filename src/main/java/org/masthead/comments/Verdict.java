package org.masthead.comments;

import java.util.List;

/**
 * What the guideline check says of a draft: no findings means it may appear at once (in post-moderation); any
 * finding means the commenter is told why, and a comment submitted anyway waits in the moderation queue.
 */
public record Verdict(List<Finding> findings) {

    public Verdict {
        findings = List.copyOf(findings);
    }

    public boolean clean() {
        return findings.isEmpty();
    }

    public boolean breaks(Rule rule) {
        return findings.stream().anyMatch(f -> f.rule() == rule);
    }
}
