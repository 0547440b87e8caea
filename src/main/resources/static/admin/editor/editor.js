// Masthead's article body editor. Every <textarea data-editor> is hidden and replaced by a ProseMirror
// editor whose document model is the body subset content.ArticleBody keeps (schema.js). On every change the
// textarea gets the serialized body and a bubbling "input" event, so the page's form, autosave and
// unsaved-changes warning work as with the bare textarea, which stays the fallback without JavaScript.
import { EditorState, Plugin } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { history, undo, redo } from "prosemirror-history";
import { keymap } from "prosemirror-keymap";
import { baseKeymap, chainCommands, exitCode, setBlockType } from "prosemirror-commands";
import { splitListItem } from "prosemirror-schema-list";
import { inputRules, wrappingInputRule, textblockTypeInputRule, undoInputRule } from "prosemirror-inputrules";
import { dropCursor } from "prosemirror-dropcursor";
import { gapCursor } from "prosemirror-gapcursor";
import { schema, parseBody, serializeBody } from "./schema.js";
import { cleanPastedHtml, plainTextParser } from "./paste.js";
import { nodeViews } from "./nodeviews.js";
import { Toolbar, ICONS } from "./toolbar.js";
import { editLink } from "./links.js";
import { pickPictures, pickArticle, askVideo } from "./pickers.js";
import {
  toggleStrong, toggleEm, markActive, toggleHeading, headingActive, toggleList, listActive, toggleQuote,
  quoteActive, sinkItem, liftItem, insertBlock,
} from "./commands.js";
import { el, uid } from "./dom.js";

const { nodes, marks } = schema;

export function mount(textarea) {
  if (textarea.dataset.editorMounted) return null;
  textarea.dataset.editorMounted = "true";
  const titles = new Map(Object.entries(json(textarea.dataset.relatedTitles)));
  const surface = el("div", { class: "me-surface" });
  const wrap = el("div", { class: "me-editor" });
  textarea.before(wrap);
  textarea.hidden = true;

  let view = null;
  const described = accessibleAs(textarea);
  const open = (dialog) => (state, dispatch) => {
    if (dispatch) dialog();
    return true;
  };
  const done = () => view.focus();
  const addPictures = (pos) => pickPictures({
    multiple: true, minimum: 1, title: "Add pictures to the gallery", onClose: done,
    onPick: (items) => view.dispatch(view.state.tr.insert(pos, items.map(figure))),
  });
  const insert = {
    picture: open(() => pickPictures({ multiple: false, title: "Insert a picture", onClose: done, onPick: ([item]) => insertBlock(view, figure(item)) })),
    gallery: open(() => pickPictures({
      multiple: true, minimum: 2, title: "Insert a gallery", onClose: done,
      onPick: (items) => insertBlock(view, nodes.gallery.create(null, items.map(figure))),
    })),
    video: open(() => askVideo({ onClose: done, onPick: (attrs) => insertBlock(view, nodes.embed.create(attrs)) })),
    related: open(() => pickArticle({
      onClose: done,
      onPick: (item) => {
        titles.set(String(item.id), item.headline);
        insertBlock(view, nodes.related.create({ id: String(item.id) }));
      },
    })),
  };
  const link = (state, dispatch, v) => {
    if (!state.selection.$from.parent.inlineContent) return false;
    if (dispatch) editLink(v);
    return true;
  };

  view = new EditorView(surface, {
    state: EditorState.create({ doc: parseBody(textarea.value), plugins: plugins(link) }),
    nodeViews: nodeViews({ titles, addPictures }),
    attributes: (state) => ({ ...described, class: contentClass(state.doc) }),
    editable: () => !textarea.disabled && !textarea.readOnly,
    transformPastedHTML: cleanPastedHtml,
    clipboardTextParser: plainTextParser(schema),
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      toolbar.update(view.state);
      if (tr.docChanged) {
        textarea.value = serializeBody(view.state.doc);
        textarea.dispatchEvent(new Event("input", { bubbles: true }));
      }
    },
  });
  const toolbar = new Toolbar(toolbarItems(link, insert), view, "Formatting");
  wrap.append(toolbar.dom, surface);
  toolbar.update(view.state);
  const label = textarea.id ? document.querySelector('label[for="' + CSS.escape(textarea.id) + '"]') : null;
  if (label) label.addEventListener("click", () => view.focus());
  reportValidity(textarea, wrap, view);
  return view;
}

/** A required, empty body: the browser cannot point at a hidden textarea, so the editor says it and takes the focus. */
function reportValidity(textarea, wrap, view) {
  const message = el("p", { class: "field-error", role: "alert", hidden: true });
  wrap.after(message);
  textarea.addEventListener("invalid", (e) => {
    e.preventDefault();
    message.textContent = textarea.validationMessage;
    message.hidden = false;
    wrap.classList.add("me-invalid");
    view.focus();
  });
  textarea.addEventListener("input", () => {
    message.hidden = true;
    wrap.classList.remove("me-invalid");
  });
}

function toolbarItems(link, insert) {
  return [
    [
      { label: "Bold", key: "Mod-b", text: "B", run: toggleStrong, active: (s) => markActive(s, marks.strong) },
      { label: "Italic", key: "Mod-i", text: "I", run: toggleEm, active: (s) => markActive(s, marks.em) },
      { label: "Link", key: "Mod-k", icon: ICONS.link, run: link, active: (s) => markActive(s, marks.link), keepsFocus: true },
    ],
    [2, 3, 4].map((n) => ({ label: "Heading " + n, key: "Mod-Alt-" + n, text: "H" + n, run: toggleHeading(n), active: (s) => headingActive(s, n) })),
    [
      { label: "Bulleted list", key: "Shift-Mod-8", icon: ICONS.bullets, run: toggleList(nodes.bullet_list), active: (s) => listActive(s, nodes.bullet_list) },
      { label: "Numbered list", key: "Shift-Mod-7", icon: ICONS.numbers, run: toggleList(nodes.ordered_list), active: (s) => listActive(s, nodes.ordered_list) },
      { label: "Quote", key: "Mod->", icon: ICONS.quote, run: toggleQuote, active: quoteActive },
    ],
    [
      { label: "Picture", icon: ICONS.picture, text: "Picture", wide: true, run: insert.picture, keepsFocus: true },
      { label: "Gallery", icon: ICONS.gallery, text: "Gallery", wide: true, run: insert.gallery, keepsFocus: true },
      { label: "Video", icon: ICONS.video, text: "Video", wide: true, run: insert.video, keepsFocus: true },
      { label: "Also read", icon: ICONS.related, text: "Also read", wide: true, run: insert.related, keepsFocus: true },
    ],
    [
      { label: "Undo", key: "Mod-z", icon: ICONS.undo, run: undo },
      { label: "Redo", key: "Shift-Mod-z", icon: ICONS.redo, run: redo },
    ],
  ];
}

function plugins(link) {
  const heading = (level) => textblockTypeInputRule(new RegExp("^#{" + level + "}\\s$"), nodes.heading, { level });
  return [
    inputRules({
      rules: [
        heading(2), heading(3), heading(4),
        wrappingInputRule(/^\s*[-*]\s$/, nodes.bullet_list),
        wrappingInputRule(/^\s*1[.)]\s$/, nodes.ordered_list),
        wrappingInputRule(/^\s*>\s$/, nodes.blockquote),
      ],
    }),
    keymap({
      "Mod-z": undo, "Shift-Mod-z": redo, "Mod-y": redo, Backspace: undoInputRule,
      "Mod-b": toggleStrong, "Mod-i": toggleEm, "Mod-k": link,
      "Mod-Alt-0": setBlockType(nodes.paragraph), "Mod-Alt-2": toggleHeading(2), "Mod-Alt-3": toggleHeading(3), "Mod-Alt-4": toggleHeading(4),
      "Shift-Mod-8": toggleList(nodes.bullet_list), "Shift-Mod-7": toggleList(nodes.ordered_list), "Mod->": toggleQuote,
      Enter: splitListItem(nodes.list_item), "Mod-]": sinkItem, "Mod-[": liftItem, Tab: sinkItem, "Shift-Tab": liftItem,
      "Shift-Enter": chainCommands(exitCode, lineBreak), "Mod-Enter": chainCommands(exitCode, lineBreak),
    }),
    keymap(baseKeymap),
    dropCursor({ color: "#1d5fbf" }),
    gapCursor(),
    history(),
    galleriesOfTwoOrMore,
  ];
}

function lineBreak(state, dispatch) {
  if (dispatch) dispatch(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
  return true;
}

/** A gallery left with one picture (the others deleted) becomes that picture: galleries have two or more. */
const galleriesOfTwoOrMore = new Plugin({
  appendTransaction(transactions, before, state) {
    if (!transactions.some((t) => t.docChanged)) return null;
    const tr = state.tr;
    state.doc.forEach((node, offset) => {
      if (node.type === nodes.gallery && node.childCount < 2) {
        tr.replaceWith(tr.mapping.map(offset), tr.mapping.map(offset + node.nodeSize), node.content);
      }
    });
    return tr.docChanged ? tr : null;
  },
});

/** A picture of the media library (the pickers' JSON item) as a figure node. */
function figure(item) {
  return nodes.figure.create({
    src: item.largest || item.src, alt: item.alt || "", mediaId: String(item.id),
    width: item.width == null ? null : String(item.width), height: item.height == null ? null : String(item.height),
    caption: item.caption || "", credit: item.credit || "",
  });
}

/** The editable area speaks for the textarea: its label, and "a multi-line text box" to screen readers. */
function accessibleAs(textarea) {
  const label = textarea.id ? document.querySelector('label[for="' + CSS.escape(textarea.id) + '"]') : null;
  if (label && !label.id) label.id = uid("me-label");
  const a = { role: "textbox", "aria-multiline": "true", spellcheck: "true" };
  if (label) a["aria-labelledby"] = label.id;
  if (textarea.getAttribute("aria-describedby")) a["aria-describedby"] = textarea.getAttribute("aria-describedby");
  return a;
}

/** me-empty shows the placeholder while the body is one empty paragraph. */
function contentClass(doc) {
  return doc.childCount === 1 && doc.firstChild.isTextblock && doc.firstChild.content.size === 0 ? "me-content me-empty" : "me-content";
}

function json(text) {
  try {
    const value = JSON.parse(text || "{}");
    return value && typeof value === "object" ? value : {};
  } catch (e) {
    return {};
  }
}

document.querySelectorAll("textarea[data-editor]").forEach(mount);
