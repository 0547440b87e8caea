// Paste cleaning. Word, LibreOffice, Google Docs and web pages send HTML full of styles, classes, comments,
// Office namespaces, tables and foreign pictures. cleanPastedHtml takes out what the schema's parse rules
// would misread (bullet glyphs, Office XML, table cells run together, empty paragraphs, pictures from
// elsewhere) and turns bold and italic styles into <strong>/<em>; the schema's rules then keep only the
// body subset. Plain text becomes paragraphs at blank lines, line breaks within them.
import { DOMParser as ProseParser } from "prosemirror-model";
import { embedSource } from "./embeds.js";

// Elements whose content is never article text.
const DROP = "script, style, xml, meta, link, title, template, noscript, object, embed, svg, canvas, video, audio, "
  + "button, input, select, textarea, map, head";
const MEDIA = /^\/media\/[0-9]+\/[^/]+$/;

/** The pasted HTML with everything the schema must not see removed; the rest is left to its parse rules. */
export function cleanPastedHtml(html) {
  const doc = new window.DOMParser().parseFromString(html, "text/html");
  const body = doc.body;
  // Word marks a list item's typed marker ("1.", "·") with mso-list:Ignore; note it before it goes.
  body.querySelectorAll("span[style*='mso-list'][style*='Ignore' i]").forEach((span) => {
    const p = span.closest("p");
    if (p && !p.hasAttribute("data-marker")) p.setAttribute("data-marker", span.textContent.replace(/[\s\u00a0]+/g, ""));
    span.remove();
  });
  removeComments(doc, body);
  body.querySelectorAll(DROP).forEach((e) => e.remove());
  for (const e of [...body.querySelectorAll("*")]) {
    if (e.localName.includes(":")) e.replaceWith(...e.childNodes); // <o:p>, <w:…>, <v:…>: keep their text only
  }
  wordLists(body);
  body.querySelectorAll("[style]").forEach(styleToTags);
  body.querySelectorAll("img").forEach(keepOwnPicture);
  body.querySelectorAll("iframe").forEach((f) => {
    const e = embedSource(f.getAttribute("src"));
    if (!e.src) f.remove();
    else {
      f.setAttribute("src", e.src);
      if (!f.getAttribute("title")) f.setAttribute("title", e.provider + " video");
    }
  });
  body.querySelectorAll("table").forEach(tableToParagraphs);
  // Google Docs puts <br> between paragraphs for blank lines; at block level they would become empty paragraphs.
  body.querySelectorAll("br").forEach((br) => { if (betweenBlocks(br)) br.remove(); });
  body.querySelectorAll("p, h1, h2, h3, h4, h5, h6, li").forEach((e) => { if (blank(e)) e.remove(); });
  return body.innerHTML;
}

/** Plain text: a paragraph per blank-line-separated block, a <br> per line break within one. */
export function plainTextParser(schema) {
  const parser = ProseParser.fromSchema(schema);
  return (text, $context) => {
    const box = document.implementation.createHTMLDocument("").body;
    for (const block of text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n\s*/)) {
      if (!block.trim()) continue;
      const p = box.appendChild(box.ownerDocument.createElement("p"));
      block.split("\n").forEach((line, i) => {
        if (i > 0) p.appendChild(box.ownerDocument.createElement("br"));
        p.appendChild(box.ownerDocument.createTextNode(line));
      });
    }
    return parser.parseSlice(box, { preserveWhitespace: true, context: $context });
  };
}

function removeComments(doc, root) {
  // Word's <![if !supportLists]>…<![endif]> hides the typed bullet between two comments: drop it with them.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) {
    if (/^\[if !supportLists\]/.test(c.data) && c.parentNode) {
      let n = c.nextSibling;
      while (n && !(n.nodeType === Node.COMMENT_NODE && /^\[endif\]/.test(n.data))) {
        const next = n.nextSibling;
        n.remove();
        n = next;
      }
    }
  }
  comments.forEach((c) => c.remove());
}

/**
 * Bold and italic given as styles become <strong> and <em> inside the element, and the style goes. Read from
 * the attribute's text: the staff pages' CSP keeps style attributes from taking effect, even in this inert
 * document, so element.style is empty. Google Docs wraps a whole copy in <b style="font-weight:normal">,
 * which is not bold: that wrapper is dropped.
 */
function styleToTags(e) {
  const style = e.getAttribute("style");
  const weight = declared(style, "font-weight");
  e.removeAttribute("style");
  if ((e.localName === "b" || e.localName === "strong") && /^(normal|lighter|[1-5]00)$/.test(weight)) {
    e.replaceWith(...e.childNodes);
    return;
  }
  if (/^(bold|bolder|[6-9]00)$/.test(weight) && !e.closest("h1, h2, h3, h4, h5, h6")) wrapContents(e, "strong");
  if (/^(italic|oblique)/.test(declared(style, "font-style"))) wrapContents(e, "em");
}

function declared(style, property) {
  const m = new RegExp("(?:^|;)\\s*" + property + "\\s*:\\s*([^;!]+)", "i").exec(style);
  return m ? m[1].trim().toLowerCase() : "";
}

function wrapContents(e, tag) {
  const wrapper = e.ownerDocument.createElement(tag);
  wrapper.append(...e.childNodes);
  e.append(wrapper);
}

/** A picture of this site's media library is kept (as a path); any other picture is not ours to publish. */
function keepOwnPicture(img) {
  let url = null;
  try {
    url = new URL(img.getAttribute("src") || "", window.location.href);
  } catch (e) {
    url = null;
  }
  if (url && url.origin === window.location.origin && MEDIA.test(url.pathname)) img.setAttribute("src", url.pathname);
  else img.remove();
}

/** Word's list paragraphs (style "mso-list") become real lists; ordered when the typed marker was a number. */
function wordLists(body) {
  let list = null;
  for (const p of [...body.querySelectorAll("p")]) {
    if (!/mso-list:/i.test(p.getAttribute("style") || "")) {
      list = null;
      continue;
    }
    const marker = p.hasAttribute("data-marker") ? p.getAttribute("data-marker") : typedMarker(p);
    const ordered = /^[0-9a-zA-Z]{1,3}[.)]$/.test(marker);
    if (!list || list.nextElementSibling !== p || (list.localName === "ol") !== ordered) {
      list = p.ownerDocument.createElement(ordered ? "ol" : "ul");
      p.before(list);
    }
    list.appendChild(p.ownerDocument.createElement("li")).append(...p.childNodes);
    p.remove();
  }
}

/** A marker typed as text at the start of the paragraph ("1." or "·" and spaces), taken off it. */
function typedMarker(p) {
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const t = walker.currentNode;
    if (!t.data.trim()) continue;
    const m = /^[\s\u00a0]*([0-9a-zA-Z]{1,3}[.)]|[^\p{L}\p{N}\s])[\s\u00a0]+/u.exec(t.data);
    if (!m) return "";
    t.data = t.data.slice(m[0].length);
    return m[1];
  }
  return "";
}

/** Each cell becomes a paragraph of its own (the schema has no tables; cells must not run together). */
function tableToParagraphs(table) {
  const out = table.ownerDocument.createDocumentFragment();
  for (const cell of table.querySelectorAll("td, th")) {
    const hasBlocks = cell.querySelector("p, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, div");
    if (hasBlocks) out.append(...cell.childNodes);
    else {
      const p = out.appendChild(table.ownerDocument.createElement("p"));
      p.append(...cell.childNodes);
    }
  }
  table.replaceWith(out);
}

const BLOCK = "p, h1, h2, h3, h4, h5, h6, ul, ol, li, blockquote, div, table, figure, section, article, header, footer, pre, hr";

/** A <br> next to a block (whitespace aside) separates blocks rather than lines. */
function betweenBlocks(br) {
  const near = (node, step) => {
    let n = node[step];
    while (n && n.nodeType === Node.TEXT_NODE && !n.data.trim()) n = n[step];
    return n;
  };
  return [near(br, "previousSibling"), near(br, "nextSibling")].some((n) => n && n.nodeType === Node.ELEMENT_NODE && n.matches(BLOCK));
}

function blank(e) {
  return !e.textContent.replace(/[\s\u00a0\u200b]/g, "") && !e.querySelector("img, iframe");
}
