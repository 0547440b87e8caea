package org.masthead.content;

import org.masthead.content.Refs.LeadImage;

import java.util.List;

/**
 * What an editor or API client sends to create or change an article. Sections and bylines are named by
 * slug; tags by name (new ones are created). A blank slug is made from the headline.
 */
public record ArticleDraft(
        String headline, String standfirst, String body, String slug, String section, List<String> bylines,
        List<String> tags, String dateline, AccessLevel access, LeadImage leadImage, String seoTitle,
        String seoDescription, Long socialMediaId, Integer homePosition) {
}
