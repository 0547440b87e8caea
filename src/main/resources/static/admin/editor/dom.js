// Building small pieces of the editor's interface without innerHTML (so nothing typed is ever markup).

let counter = 0;

/** A fresh id for label/aria wiring. */
export function uid(prefix) {
  counter += 1;
  return (prefix || "me") + "-" + counter;
}

/** el("button", {type: "button", "aria-label": "Bold"}, child, "text", …); null attribute values are left out. */
export function el(tag, attrs, ...children) {
  const e = tag.startsWith("svg:") ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4)) : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value != null && value !== false) e.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child != null && child !== false) e.append(child);
  }
  return e;
}

/** An inline icon from one SVG path (24×24, drawn with the text colour); hidden from screen readers. */
export function icon(path) {
  return el("svg:svg", { viewBox: "0 0 24 24", width: 18, height: 18, "aria-hidden": "true", focusable: "false", class: "me-icon" },
    el("svg:path", { d: path }));
}

/** "Ctrl+B", or "⌘B" on a Mac: the shortcut as the person will press it. */
export function shortcut(keys) {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  return mac ? keys.replace("Mod-", "⌘").replace("Shift-", "⇧").replace("Alt-", "⌥") : keys.replace(/-/g, "+").replace("Mod", "Ctrl");
}
