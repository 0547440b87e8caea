// The toolbar: real buttons with names and shortcuts in their tooltips, aria-pressed for what applies at the
// cursor, one tab stop with arrow keys between buttons (the ARIA toolbar pattern).
import { el, icon, shortcut } from "./dom.js";

export const ICONS = {
  link: "M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4L12 5.6M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2",
  bullets: "M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01",
  numbers: "M10 6h10M10 12h10M10 18h10M4 5l1.5-1V9M3.5 13.5a1.5 1.5 0 0 1 3 .3L3.5 17h3",
  quote: "M5 17c2.5-1 4-3 4-6V7H5v4h4M14 17c2.5-1 4-3 4-6V7h-4v4h4",
  picture: "M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15.5 9.5h.01",
  gallery: "M7 7h14v12H7zM3 4h14M3 4v12M7 16l4-4 3 3 2-2 5 5",
  video: "M3 6h18v12H3zM10 9.5v5l4.5-2.5z",
  related: "M5 4h10l4 4v12H5zM8 12h8M8 16h5M14 4v4h5",
  undo: "M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",
  redo: "M15 14l5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13",
};

/**
 * items: groups of {label, key?, text?, icon?, wide?, run(state, dispatch, view), active?(state)}; a button is
 * marked aria-disabled when run(state) says it cannot apply.
 */
export class Toolbar {
  constructor(groups, view, labelText) {
    this.view = view;
    this.buttons = [];
    this.dom = el("div", { class: "me-toolbar", role: "toolbar", "aria-label": labelText });
    for (const group of groups) {
      const g = el("div", { class: "me-group" });
      for (const item of group) g.append(this.button(item));
      this.dom.append(g);
    }
    this.buttons[0].b.tabIndex = 0;
    this.dom.addEventListener("keydown", (e) => this.arrows(e));
  }

  button(item) {
    const name = item.key ? item.label + " (" + shortcut(item.key) + ")" : item.label;
    const b = el("button", {
      type: "button", class: "me-button" + (item.wide ? " me-wide" : ""), tabindex: -1, title: name,
      "aria-label": item.wide ? null : item.label, "aria-keyshortcuts": item.key ? item.key.replace("Mod", "Control").replace(/-(?=.)/g, "+") : null,
      "aria-pressed": item.active ? "false" : null,
    }, item.icon ? icon(item.icon) : null, item.text ? el("span", { class: "me-glyph", "aria-hidden": item.wide ? null : "true" }, item.text) : null);
    // Keep the editor's selection: a click on the toolbar must not take the focus out of the text.
    b.addEventListener("mousedown", (e) => e.preventDefault());
    b.addEventListener("click", () => {
      if (b.getAttribute("aria-disabled") === "true") return;
      item.run(this.view.state, this.view.dispatch, this.view);
      if (!item.keepsFocus) this.view.focus();
    });
    b.addEventListener("focus", () => this.rove(b));
    this.buttons.push({ b, item });
    return b;
  }

  update(state) {
    for (const { b, item } of this.buttons) {
      if (item.active) b.setAttribute("aria-pressed", String(!!item.active(state)));
      b.setAttribute("aria-disabled", String(!item.run(state, null, this.view)));
    }
  }

  rove(current) {
    for (const { b } of this.buttons) b.tabIndex = b === current ? 0 : -1;
  }

  arrows(e) {
    const list = this.buttons.map((x) => x.b);
    const at = list.indexOf(document.activeElement);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: list.length - 1 }[e.key];
    if (to == null) return;
    e.preventDefault();
    list[(to + list.length) % list.length].focus();
  }
}
