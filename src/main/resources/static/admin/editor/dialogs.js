// Modal dialogs for links, pictures, videos and "Also read". A native <dialog> shown modally: focus stays
// inside, Esc cancels, and it is appended to <body>, outside the page's form, so its fields are never
// submitted with the article.
import { el, uid } from "./dom.js";

/** {dialog, form, body, actions, show(), close()}; onSubmit runs on Enter or the submit button. */
export function openDialog({ title, className, onSubmit, onClose }) {
  const titleId = uid("me-dialog");
  const dialog = el("dialog", { class: "me-dialog " + (className || ""), "aria-labelledby": titleId });
  const body = el("div", { class: "me-dialog-body" });
  const actions = el("div", { class: "me-dialog-actions" });
  const form = el("form", { novalidate: true }, el("h2", { id: titleId }, title), body, actions);
  dialog.append(form);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (onSubmit) onSubmit();
  });
  dialog.addEventListener("close", () => {
    dialog.remove();
    if (onClose) onClose();
  });
  document.body.append(dialog);
  return { dialog, form, body, actions, show: () => dialog.showModal(), close: () => dialog.close() };
}

/** A button; type "submit" submits the dialog's form, anything else runs onClick. */
export function button(label, onClick, attrs) {
  const b = el("button", { type: "button", ...attrs }, label);
  if (onClick) b.addEventListener("click", onClick);
  return b;
}

/** A labelled input with an optional hint and a message slot: {wrap, input, error(message)}. */
export function field(label, attrs, hint) {
  const id = uid("me-field");
  const input = el("input", { type: "text", id, autocomplete: "off", ...attrs });
  const message = el("p", { id: id + "-error", class: "field-error", hidden: true });
  const help = hint ? el("p", { id: id + "-hint", class: "hint" }, hint) : null;
  if (help) input.setAttribute("aria-describedby", help.id);
  const wrap = el("div", { class: "me-field" }, el("label", { for: id }, label), input, help, message);
  return {
    wrap, input,
    error(text) {
      message.textContent = text || "";
      message.hidden = !text;
      input.setAttribute("aria-invalid", text ? "true" : "false");
      input.setAttribute("aria-describedby", [text ? message.id : null, help ? help.id : null].filter(Boolean).join(" "));
    },
  };
}
