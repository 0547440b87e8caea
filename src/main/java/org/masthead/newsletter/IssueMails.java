package org.masthead.newsletter;

import java.util.List;

/**
 * The view records of the issue e-mails, one per kind ({@code newsletter/email/digest|breaking|custom.jte}); the
 * HTML part is the template's rendering and the plain-text part {@link IssueText}'s, both from the same record.
 * Every URL is absolute; the recipient's own links are {@link IssueContent}'s placeholders.
 */
public final class IssueMails {
    private IssueMails() {
    }

    /**
     * What every issue shows around its content: the paper at the top, the hidden preheader, and the footer.
     *
     * @param logo         the paper's uploaded logo, or null for its name set in type
     * @param reason       why the recipient gets this e-mail
     * @param subscribeUrl set in the variant for readers not entitled to everything the issue links to
     */
    public record Frame(String language, String subject, String preheader, String publicationName, String siteUrl,
                        String siteHost, Picture logo, String listName, String dateLine, String reason,
                        String unsubscribeUrl, String manageUrl, String postalAddress, String subscribeUrl) { }

    /** An image at the size it is shown (at most the 552 pixels of the column), with its text. */
    public record Picture(String url, int width, int height, String alt) { }

    /**
     * An article as a digest or a breaking issue lists it.
     *
     * @param label   "Subscribers" on a story readers of this variant cannot read whole, else empty
     * @param picture its lead picture where the layout shows one, else null
     */
    public record Story(String url, String headline, String standfirst, String section, String time, String label,
                        Picture picture) { }

    /** A paragraph a person typed, line by line, each line as text and links found in it. */
    public record Paragraph(List<List<Run>> lines) { }

    /** Text, or a link when {@code href} is set (its text is the URL itself). */
    public record Run(String text, String href) { }

    /** A digest: the lead story with its picture, then the rest, newest first. */
    public record Digest(Frame frame, Story lead, List<Story> stories) { }

    /**
     * A breaking issue: one article, after an optional intro from the newsroom. {@code bodyHtml} is the article's
     * sanitized body (whole, or its free excerpt) styled for mail, {@code bodyText} the same words as text;
     * {@code gateNote} says why the rest is not here, empty when it is whole.
     */
    public record Breaking(Frame frame, String kicker, List<Paragraph> intro, Story story, String bodyHtml,
                           String bodyText, String gateNote, String continueLabel) { }

    /** A custom issue: a heading and a short text. */
    public record Custom(Frame frame, String heading, List<Paragraph> paragraphs) { }
}
