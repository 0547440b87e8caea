package org.masthead.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.masthead.content.Comparison.Change;
import org.masthead.content.Comparison.FieldChange;
import org.masthead.content.Comparison.Segment;
import org.masthead.content.Refs.AuthorRef;
import org.masthead.content.Refs.LeadImage;
import org.masthead.content.Refs.TagRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Differences between two revisions, pure. Texts are compared word by word (java-diff-utils' Myers diff over
 * words, spaces and punctuation as separate tokens; rejected: a character diff, whose output editors cannot
 * read, and a line diff, which marks a whole paragraph for one changed word). Bodies are compared as the text a
 * reader reads, one paragraph per line; a change of markup alone (a link, an image) shows as "Body markup".
 */
final class RevisionDiff {

    private static final Pattern TOKEN = Pattern.compile("\\n+|[^\\S\\n]+|[\\p{L}\\p{N}'’_-]+|.");

    private RevisionDiff() {
    }

    static Comparison compare(Revision from, Revision to) {
        return new Comparison(from, to, words(from.headline(), to.headline()),
                words(from.standfirst(), to.standfirst()), words(text(from.bodyHtml()), text(to.bodyHtml())),
                fields(from, to));
    }

    /** The differences between two texts, as runs of unchanged, removed and added words. */
    static List<Segment> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            add(out, Change.SAME, a.subList(at, d.getSource().getPosition()));
            add(out, Change.REMOVED, d.getSource().getLines());
            add(out, Change.ADDED, d.getTarget().getLines());
            at = d.getSource().getPosition() + d.getSource().size();
        }
        add(out, Change.SAME, a.subList(at, a.size()));
        return out;
    }

    /** The text a reader reads in a body: one block (paragraph, heading, list item, caption) per paragraph. */
    static String text(String html) {
        Document d = Jsoup.parseBodyFragment(html == null ? "" : html);
        d.select("br").forEach(e -> e.after(new TextNode("\n")));
        d.select("p, h2, h3, h4, li, figcaption, aside, iframe").forEach(e -> e.after(new TextNode("\n\n")));
        d.select("aside[data-related]").forEach(e -> e.appendText("[Also read: article " + e.attr("data-related") + "]"));
        return d.body().wholeText().replaceAll("[^\\S\\n]+", " ").replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    static List<FieldChange> fields(Revision a, Revision b) {
        List<FieldChange> out = new ArrayList<>();
        field(out, "Status", a, b, r -> r.status().name().toLowerCase(Locale.ROOT));
        field(out, "Slug", a, b, Revision::slug);
        field(out, "Section", a, b, r -> r.section().name());
        field(out, "Bylines", a, b, r -> String.join(", ", r.bylines().stream().map(AuthorRef::name).toList()));
        field(out, "Tags", a, b, r -> String.join(", ", r.tags().stream().map(TagRef::name).toList()));
        field(out, "Dateline", a, b, Revision::dateline);
        field(out, "Access", a, b, r -> r.access().name().toLowerCase(Locale.ROOT));
        field(out, "Lead image", a, b, r -> lead(r.leadImage(), l -> "image " + l.mediaId()));
        field(out, "Lead image caption", a, b, r -> lead(r.leadImage(), LeadImage::caption));
        field(out, "Lead image credit", a, b, r -> lead(r.leadImage(), LeadImage::credit));
        field(out, "Lead image alt text", a, b, r -> lead(r.leadImage(), LeadImage::alt));
        field(out, "SEO title", a, b, Revision::seoTitle);
        field(out, "SEO description", a, b, Revision::seoDescription);
        field(out, "Social image", a, b, r -> r.socialMediaId() == null ? "" : "image " + r.socialMediaId());
        field(out, "Home-page position", a, b, r -> r.homePosition() == null ? "" : String.valueOf(r.homePosition()));
        if (!Objects.equals(a.bodyHtml(), b.bodyHtml()) && text(a.bodyHtml()).equals(text(b.bodyHtml()))) {
            out.add(new FieldChange("Body markup", "", "links, images or embeds changed"));
        }
        return out;
    }

    private static void field(List<FieldChange> out, String name, Revision a, Revision b, Function<Revision, String> value) {
        String before = value.apply(a);
        String after = value.apply(b);
        if (!Objects.equals(before, after)) {
            out.add(new FieldChange(name, before == null ? "" : before, after == null ? "" : after));
        }
    }

    private static String lead(LeadImage l, Function<LeadImage, String> part) {
        return l == null ? "" : part.apply(l);
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Appends {@code words} as one segment, joined to the previous one when it is of the same kind. */
    private static void add(List<Segment> out, Change change, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!out.isEmpty() && out.get(out.size() - 1).change() == change) {
            text = out.remove(out.size() - 1).text() + text;
        }
        out.add(new Segment(change, text));
    }
}
