package org.masthead.newsletter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Subjects become a header: one line, no control characters, at most 200 characters. */
class IssueRulesTests {

    @Test
    void aSubjectWithALineBreakIsRefusedSoNoHeaderCanBeInjected() {
        assertThat(IssueRules.subjectProblem("Hello\r\nBcc: everyone@example.org")).contains("A subject is one line: remove the line breaks");
        assertThat(IssueRules.subjectProblem("Hello\nX-Evil: 1")).isPresent();
        assertThat(IssueRules.subjectProblem("Hello\u2028there")).isPresent();
        assertThat(IssueRules.subjectProblem("Bell\u0007")).contains("Remove the control characters");
    }

    @Test
    void aSubjectIsRequiredAndAtMost200Characters() {
        assertThat(IssueRules.subjectProblem("  ")).contains("Write a subject");
        assertThat(IssueRules.subjectProblem("x".repeat(200))).isEmpty();
        assertThat(IssueRules.subjectProblem("x".repeat(201))).contains("Use at most 200 characters (now 201)");
        assertThat(IssueRules.subjectProblem("Storm closes the harbour: what we know")).isEmpty();
    }

    @Test
    void subjectsMadeFromHeadlinesAreOneLine() {
        assertThat(IssueRules.oneLine(" Storm\r\nBcc: x@example.org\u2028now ")).isEqualTo("Storm Bcc: x@example.org now");
        assertThat(IssueRules.subjectProblem(IssueRules.oneLine("a\nb"))).isEmpty();
    }

    @Test
    void cuttingEndsWithAnEllipsisWithinTheLimit() {
        assertThat(IssueRules.cut("x".repeat(250), 200)).hasSize(200).endsWith("…");
        assertThat(IssueRules.cut(" short ", 200)).isEqualTo("short");
    }
}
