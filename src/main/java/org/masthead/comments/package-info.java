/**
 * Comments on articles. So far the community guidelines, checked before a comment is posted:
 * {@link org.masthead.comments.GuidelineCheck} takes a {@link org.masthead.comments.CommentDraft} and returns a
 * {@link org.masthead.comments.Verdict} listing {@link org.masthead.comments.Finding}s, each naming its
 * {@link org.masthead.comments.Rule} in plain words. The checks are local and pure: no outside service, no database,
 * time only through the draft's posting times and an injected clock. Threads, posting and moderation build on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.masthead.comments;
