// The link dialog: http, https and mailto addresses only ("example.org" gets https://, "a@b.org" mailto:).
import { schema } from "./schema.js";
import { openDialog, button, field } from "./dialogs.js";

export const LINK_REFUSED = "Links must be web addresses (http:// or https://) or e-mail addresses (mailto:).";

/** The address to store for what was typed, or null when it is not an http, https or mailto address. */
export function linkHref(typed) {
  const text = String(typed || "").trim();
  if (!text || /\s/.test(text)) return null;
  if (/^[^@/:]+@[^@/:]+\.[^@/:]+$/.test(text)) return "mailto:" + text;
  const address = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : /^[^/.]+\.[^/]/.test(text) ? "https://" + text : null;
  try {
    const url = new URL(address);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname) return address;
    if (url.protocol === "mailto:" && /@/.test(url.pathname)) return address;
  } catch (e) {
    return null;
  }
  return null;
}

/** Adds, changes or removes the link at the selection (the whole link when the cursor is inside one). */
export function editLink(view) {
  const type = schema.marks.link;
  const existing = linkAround(view.state);
  const { from, to } = existing || view.state.selection;
  const url = field("Address", { value: existing ? existing.mark.attrs.href : "", inputmode: "url", spellcheck: "false", placeholder: "https://" },
    "A web address, or an e-mail address.");
  const text = from === to ? field("Text to show", {}) : null;
  const d = openDialog({
    title: existing ? "Edit link" : "Add link",
    onClose: () => view.focus(),
    onSubmit() {
      const href = linkHref(url.input.value);
      if (!href) {
        url.error(LINK_REFUSED);
        url.input.focus();
        return;
      }
      const tr = view.state.tr;
      if (text) {
        const shown = text.input.value.trim() || href.replace(/^mailto:/, "");
        tr.insert(from, schema.text(shown, [type.create({ href })]));
      } else {
        tr.removeMark(from, to, type).addMark(from, to, type.create({ href }));
      }
      view.dispatch(tr.scrollIntoView());
      d.close();
    },
  });
  d.body.append(url.wrap, text ? text.wrap : "");
  d.actions.append(button("Apply", null, { type: "submit" }));
  if (existing) {
    d.actions.append(button("Remove link", () => {
      view.dispatch(view.state.tr.removeMark(from, to, type));
      d.close();
    }, { class: "secondary" }));
  }
  d.actions.append(button("Cancel", () => d.close(), { class: "secondary" }));
  d.show();
  url.input.select();
}

/** {from, to, mark} of the link the cursor is in or at the start of; null when there is none. */
function linkAround(state) {
  const type = schema.marks.link;
  const { $from, empty } = state.selection;
  const mark = type.isInSet($from.marks()) || ($from.nodeAfter && type.isInSet($from.nodeAfter.marks));
  if (!mark) return null;
  let found = null;
  let runFrom = null;
  $from.parent.forEach((child, offset) => {
    const at = $from.start() + offset;
    if (!mark.isInSet(child.marks)) {
      runFrom = null;
      return;
    }
    if (runFrom == null) runFrom = at;
    if (runFrom <= $from.pos && $from.pos <= at + child.nodeSize) found = { from: runFrom, to: at + child.nodeSize, mark };
  });
  return found && (empty || state.selection.to <= found.to) ? found : null;
}
