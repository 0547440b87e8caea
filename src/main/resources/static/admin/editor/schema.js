// The article body as a ProseMirror schema: exactly the subset content.ArticleBody keeps, and a serializer
// that writes it in the canonical form the sanitizer itself outputs (attribute order, escaping, gallery
// counters, embed attributes), so a saved body loads and saves again byte for byte. See docs/editor.md.
import { Schema, DOMParser, DOMSerializer } from "prosemirror-model";
import { embedSource } from "./embeds.js";

const LINK = /^(https?:|mailto:|\/|#)/i; // what ArticleBody keeps on <a href>; new links are narrower (links.js)

const nodes = {
  doc: { content: "block+" },
  paragraph: {
    group: "block flow", content: "inline*",
    parseDOM: [{ tag: "p" }], toDOM: () => ["p", 0],
  },
  heading: {
    group: "block flow", content: "inline*", defining: true, attrs: { level: { default: 2 } },
    // Pasted h1 and h5/h6 are brought into range: the headline is the article's only h1.
    parseDOM: [1, 2, 3, 4, 5, 6].map((n) => ({ tag: "h" + n, attrs: { level: Math.min(4, Math.max(2, n)) } })),
    toDOM: (node) => ["h" + node.attrs.level, 0],
  },
  blockquote: {
    group: "block flow", content: "flow+", defining: true,
    parseDOM: [{ tag: "blockquote" }], toDOM: () => ["blockquote", 0],
  },
  bullet_list: {
    group: "block flow", content: "list_item+",
    parseDOM: [{ tag: "ul" }], toDOM: () => ["ul", 0],
  },
  ordered_list: {
    group: "block flow", content: "list_item+",
    parseDOM: [{ tag: "ol" }], toDOM: () => ["ol", 0],
  },
  // Written <li>text</li>: the first paragraph has no <p> of its own (see canonicalize).
  list_item: {
    content: "paragraph (paragraph | bullet_list | ordered_list)*", defining: true,
    parseDOM: [{ tag: "li" }], toDOM: () => ["li", 0],
  },
  figure: {
    group: "block", atom: true, draggable: true,
    attrs: {
      src: {}, alt: { default: null }, mediaId: { default: null }, width: { default: null },
      height: { default: null }, caption: { default: "" }, credit: { default: "" },
    },
    parseDOM: [
      { tag: "figure", getAttrs: (dom) => { const img = dom.querySelector("img[src]"); return img ? { ...imageAttrs(img), ...captionOf(dom) } : false; } },
      { tag: "img[src]", getAttrs: imageAttrs },
    ],
    toDOM: figureDOM,
  },
  gallery: {
    group: "block", content: "figure*", draggable: true, // * not +: figures cannot be made up (see galleriesOfTwoOrMore)
    parseDOM: [{ tag: "div.gallery" }], toDOM: () => ["div", { class: "gallery" }, 0],
  },
  embed: {
    group: "block", atom: true, draggable: true, attrs: { src: {}, title: { default: "" } },
    parseDOM: [{
      tag: "iframe[src]",
      getAttrs: (dom) => { const e = embedSource(dom.getAttribute("src")); return e.src ? { src: e.src, title: dom.getAttribute("title") || "" } : false; },
    }],
    toDOM: (node) => ["iframe", {
      src: node.attrs.src, ...(node.attrs.title ? { title: node.attrs.title } : {}),
      loading: "lazy", allowfullscreen: "", referrerpolicy: "strict-origin",
    }],
  },
  // "Also read": only the id is stored; the reader site fills in the target's current headline.
  related: {
    group: "block", atom: true, draggable: true, attrs: { id: {} },
    parseDOM: [{
      tag: "aside[data-related]",
      getAttrs: (dom) => /^[0-9]{1,18}$/.test(dom.getAttribute("data-related")) ? { id: dom.getAttribute("data-related") } : false,
    }],
    toDOM: (node) => ["aside", { "data-related": node.attrs.id }],
  },
  text: { group: "inline" },
  hard_break: { group: "inline", inline: true, selectable: false, parseDOM: [{ tag: "br" }], toDOM: () => ["br"] },
};

// Earlier marks wrap later ones: <a><strong><em>…</em></strong></a>.
const marks = {
  link: {
    attrs: { href: {}, title: { default: null } }, inclusive: false,
    parseDOM: [{
      tag: "a[href]",
      getAttrs: (dom) => LINK.test(dom.getAttribute("href")) ? { href: dom.getAttribute("href"), title: dom.getAttribute("title") } : false,
    }],
    toDOM: (mark) => ["a", mark.attrs.title == null ? { href: mark.attrs.href } : { href: mark.attrs.href, title: mark.attrs.title }, 0],
  },
  // Bold and italic styles of pasted HTML are turned into <strong>/<em> by paste.js: under the staff CSP
  // (style-src 'self') a style attribute never takes effect, so ProseMirror's style rules would see nothing.
  strong: { parseDOM: [{ tag: "strong" }, { tag: "b" }], toDOM: () => ["strong", 0] },
  em: { parseDOM: [{ tag: "em" }, { tag: "i" }], toDOM: () => ["em", 0] },
};

export const schema = new Schema({ nodes, marks });

const parser = DOMParser.fromSchema(schema);
const serializer = DOMSerializer.fromSchema(schema);
// Inert: pictures written or parsed here are not fetched, and nothing in them runs.
const scratch = document.implementation.createHTMLDocument("");

/** The document of a sanitized body (its spaces kept as they are, as the reader site shows them). */
export function parseBody(html) {
  const box = scratch.createElement("div");
  box.innerHTML = html || "";
  return parser.parse(box, { preserveWhitespace: true });
}

/**
 * The body in the canonical form ArticleBody.sanitize returns unchanged. Empty paragraphs at the end (where
 * the cursor waits below a picture) are left out, so an empty document is "".
 */
export function serializeBody(doc) {
  let content = doc.content;
  while (content.lastChild && content.lastChild.type === schema.nodes.paragraph && content.lastChild.content.size === 0) {
    content = content.cut(0, content.size - content.lastChild.nodeSize);
  }
  const box = scratch.createElement("div");
  box.appendChild(serializer.serializeFragment(content, { document: scratch }));
  canonicalize(box);
  return write(box);
}

function imageAttrs(img) {
  return {
    src: img.getAttribute("src"), alt: img.getAttribute("alt"), mediaId: img.getAttribute("data-media-id"),
    width: img.getAttribute("width"), height: img.getAttribute("height"),
  };
}

/** Caption and credit of "<figcaption>Caption <span class="credit">Credit</span></figcaption>". */
function captionOf(figure) {
  const caption = figure.querySelector("figcaption");
  if (!caption) return {};
  const text = caption.cloneNode(true);
  const credit = text.querySelector("span.credit");
  if (credit) credit.remove();
  return { caption: text.textContent.trim(), credit: credit ? credit.textContent.trim() : "" };
}

function figureDOM(node) {
  const a = node.attrs;
  const img = { src: a.src };
  if (a.alt != null) img.alt = a.alt;
  if (a.mediaId != null) img["data-media-id"] = a.mediaId;
  if (a.width != null) img.width = a.width;
  if (a.height != null) img.height = a.height;
  if (!a.caption && !a.credit) return ["figure", ["img", img]];
  const caption = a.credit ? [a.caption ? a.caption + " " : "", ["span", { class: "credit" }, a.credit]] : [a.caption];
  return ["figure", ["img", img], ["figcaption", ...caption.filter((part) => part !== "")]];
}

/** What toDOM alone cannot know: a list item's first paragraph, a gallery's count and each picture's number. */
function canonicalize(box) {
  for (const li of box.querySelectorAll("li")) {
    const first = li.firstElementChild;
    if (first && first.localName === "p" && first === li.firstChild) first.replaceWith(...first.childNodes);
  }
  for (const gallery of box.querySelectorAll("div.gallery")) {
    const figures = [...gallery.children].filter((e) => e.localName === "figure");
    gallery.setAttribute("data-count", String(figures.length));
    figures.forEach((figure, i) => {
      let caption = figure.querySelector(":scope > figcaption");
      if (!caption) caption = figure.appendChild(scratch.createElement("figcaption"));
      caption.setAttribute("data-index", String(i + 1));
      caption.setAttribute("data-count", String(figures.length));
    });
  }
}

// jsoup's HTML output: void elements unclosed, allowfullscreen bare, these escapes and no others.
const VOID = new Set(["br", "img"]);
const BARE = new Set(["allowfullscreen"]);

function write(parent) {
  let out = "";
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      out += escape(node.data, /[&<>\u00a0\u0001-\u0008\u000b\u000e-\u001f]/g);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      out += "<" + node.localName;
      for (const a of node.attributes) {
        out += a.value === "" && BARE.has(a.name) ? " " + a.name : " " + a.name + '="' + escape(a.value, /[&<>"\u00a0]/g) + '"';
      }
      out += VOID.has(node.localName) ? ">" : ">" + write(node) + "</" + node.localName + ">";
    }
  }
  return out;
}

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\u00a0": "&nbsp;" };

function escape(text, unsafe) {
  return text.replace(unsafe, (c) => ENTITIES[c] || "&#x" + c.charCodeAt(0).toString(16) + ";");
}
