// The dialogs that insert things: the media picker (search the library, upload with progress, pick one
// picture or several for a gallery), the article picker for "Also read", over the newsroom's JSON endpoints
// (docs/editor.md), and the video dialog.
import { el } from "./dom.js";
import { openDialog, button, field } from "./dialogs.js";
import { embedSource } from "./embeds.js";

export const ENDPOINTS = {
  articles: "/admin/articles/search.json",
  media: "/admin/media/search.json",
  upload: "/admin/media",
};

/**
 * Pictures from the media library. One: a click (or an upload) picks it. Several (a gallery): each click
 * toggles a picture, and the button inserts them once there are {@code minimum}.
 */
export function pickPictures({ multiple, minimum, title, onPick, onClose }) {
  const chosen = new Map();
  const d = openDialog({ title, className: "me-picker", onClose, onSubmit: () => results.search(true) });
  const insert = button("", () => { onPick([...chosen.values()]); d.close(); }, { disabled: true });
  const results = searchList({
    label: "Search the media library", placeholder: "Caption, credit, alt text or file name", noun: ["picture", "pictures"],
    url: (q, page) => ENDPOINTS.media + "?q=" + encodeURIComponent(q) + "&page=" + page,
    render(item) {
      const b = el("button", { type: "button", class: "me-picture", "aria-pressed": multiple ? String(chosen.has(item.id)) : null },
        el("img", { src: item.src, alt: "", width: item.width, height: item.height, loading: "lazy" }),
        el("span", null, item.caption || item.alt || "Picture " + item.id));
      b.addEventListener("click", () => {
        if (!multiple) {
          onPick([item]);
          d.close();
          return;
        }
        if (chosen.has(item.id)) chosen.delete(item.id);
        else chosen.set(item.id, item);
        b.setAttribute("aria-pressed", String(chosen.has(item.id)));
        count();
      });
      return b;
    },
  });
  function count() {
    insert.textContent = chosen.size === 0 ? "Insert pictures" : "Insert " + chosen.size + (chosen.size === 1 ? " picture" : " pictures");
    insert.disabled = chosen.size < minimum;
  }
  const uploader = uploadForm((item) => {
    if (!multiple) {
      onPick([item]);
      d.close();
      return;
    }
    chosen.set(item.id, item);
    results.prepend(item);
    count();
  }, multiple ? "Upload" : "Upload and insert");
  d.body.append(results.wrap, uploader);
  if (multiple) {
    count();
    d.actions.append(el("p", { class: "hint" }, "Choose at least " + minimum + " pictures, in the order they should appear."), insert);
  }
  d.actions.append(button("Cancel", () => d.close(), { class: "secondary" }));
  d.show();
  results.search(true);
}

/** An article to point "Also read" at: published and scheduled articles, matched by headline. */
export function pickArticle({ onPick, onClose }) {
  const d = openDialog({ title: "Add \u201cAlso read\u201d", className: "me-picker", onClose, onSubmit: () => results.search(true) });
  const results = searchList({
    label: "Search headlines", placeholder: "Words from the headline", noun: ["article", "articles"], list: "me-articles",
    url: (q) => ENDPOINTS.articles + "?q=" + encodeURIComponent(q),
    render(item) {
      const b = el("button", { type: "button", class: "me-article" }, el("strong", null, item.headline),
        el("span", null, [item.section, item.status].filter(Boolean).join(" \u00b7 ")));
      b.addEventListener("click", () => {
        onPick(item);
        d.close();
      });
      return b;
    },
  });
  d.body.append(results.wrap);
  d.actions.append(button("Cancel", () => d.close(), { class: "secondary" }));
  d.show();
  results.search(true);
}

/** A search field over a JSON endpoint answering {items, page, pages}, with its results and pages. */
function searchList({ label, placeholder, noun, url, render, list }) {
  const query = field(label, { type: "search", placeholder });
  const status = el("p", { class: "me-status", role: "status" });
  const items = el("ul", { class: list || "me-pictures" });
  const previous = button("Previous", () => go(-1), { class: "secondary", hidden: true });
  const next = button("Next", () => go(1), { class: "secondary", hidden: true });
  const where = el("span", { class: "hint" });
  const wrap = el("div", { class: "me-search" }, query.wrap, status, items, el("div", { class: "me-pager" }, previous, where, next));
  let page = 1;
  let pages = 1;
  let asked = 0;
  let timer = null;
  query.input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(true), 250);
  });

  function go(step) {
    page += step;
    search(false);
  }

  async function search(fromStart) {
    clearTimeout(timer);
    if (fromStart) page = 1;
    const mine = ++asked;
    status.textContent = "Searching\u2026";
    try {
      const res = await fetch(url(query.input.value.trim(), page), { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (!res.ok) throw new Error(await problem(res));
      const data = await res.json();
      if (mine !== asked) return; // a newer search is on its way
      page = data.page || 1;
      pages = data.pages || 1;
      items.replaceChildren(...(data.items || []).map((item) => el("li", null, render(item))));
      const n = (data.items || []).length;
      status.textContent = n === 0 ? "No " + noun[1] + " found." : pages > 1 ? "" : n + " " + (n === 1 ? noun[0] : noun[1]) + ".";
      where.textContent = pages > 1 ? "Page " + page + " of " + pages : "";
      previous.hidden = page <= 1;
      next.hidden = page >= pages;
    } catch (e) {
      if (mine === asked) status.textContent = "The search failed: " + e.message;
    }
  }

  return { wrap, search, prepend: (item) => items.prepend(el("li", null, render(item))) };
}

/** A new picture for the library: the file, its alt text, caption and credit, sent with a progress bar. */
function uploadForm(onUploaded, label) {
  const file = field("Picture file", { type: "file", accept: "image/jpeg,image/png,image/webp,image/gif" });
  const alt = field("Alt text", {}, "What the picture shows, for readers who cannot see it.");
  const caption = field("Caption", {});
  const credit = field("Credit", { placeholder: "Photo: …" });
  const progress = el("progress", { max: 100, value: 0, hidden: true, "aria-label": "Upload progress" });
  const message = el("p", { class: "field-error", role: "alert" });
  const send = button(label, async () => {
    const chosen = file.input.files[0];
    if (!chosen) {
      file.error("Choose a picture file first.");
      file.input.focus();
      return;
    }
    file.error(null);
    message.textContent = "";
    send.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    try {
      const item = await upload(chosen, { alt: alt.input.value, caption: caption.input.value, credit: credit.input.value },
        (fraction) => { progress.value = Math.round(fraction * 100); });
      for (const f of [file, alt, caption, credit]) f.input.value = "";
      onUploaded(item);
    } catch (e) {
      message.textContent = e.message;
    } finally {
      send.disabled = false;
      progress.hidden = true;
    }
  }, { class: "secondary" });
  return el("details", { class: "me-upload" }, el("summary", null, "Upload a new picture"),
    el("div", { class: "me-upload-fields" }, file.wrap, alt.wrap, el("div", { class: "me-pair" }, caption.wrap, credit.wrap),
      el("div", { class: "me-send" }, send, progress), message));
}

/** POSTs the picture as multipart with the page's CSRF header; XMLHttpRequest, since fetch reports no upload progress. */
function upload(file, fields, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", ENDPOINTS.upload);
    const header = meta("csrf-header");
    if (header) xhr.setRequestHeader(header, meta("csrf-token"));
    xhr.setRequestHeader("Accept", "application/json, application/problem+json");
    xhr.upload.addEventListener("progress", (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); });
    xhr.addEventListener("load", () => {
      if (xhr.status === 200 || xhr.status === 201) {
        try {
          resolve(JSON.parse(xhr.responseText));
        } catch (e) {
          reject(new Error("The server's answer was not understood."));
        }
      } else {
        reject(new Error(detail(xhr.status, xhr.responseText)));
      }
    });
    xhr.addEventListener("error", () => reject(new Error("The upload failed: the connection was lost.")));
    const data = new FormData();
    data.append("file", file);
    for (const [name, value] of Object.entries(fields)) {
      if (value.trim()) data.append(name, value.trim());
    }
    xhr.send(data);
  });
}

async function problem(res) {
  return detail(res.status, await res.text());
}

/** A problem's "detail" when the answer has one, else a sentence for the status. */
function detail(status, text) {
  try {
    const d = JSON.parse(text).detail;
    if (d) return d;
  } catch (e) {
    // not a problem document: fall through to the status
  }
  return {
    403: "You may not do this.", 413: "The file is too large.",
    415: "This kind of file cannot be used: upload a JPEG, PNG, WebP or GIF picture.",
  }[status] || "The server answered " + status + ".";
}

function meta(name) {
  const m = document.querySelector('meta[name="' + name + '"]');
  return m ? m.getAttribute("content") : null;
}

/** A YouTube or Vimeo video by its address or embed code; any other source is refused with a message. */
export function askVideo({ onPick, onClose }) {
  const address = field("Video address", { inputmode: "url", spellcheck: "false", placeholder: "https://www.youtube.com/watch?v=\u2026" },
    "A YouTube or Vimeo address, or the video's embed code.");
  const title = field("Title", {}, "What the video is, for readers who use a screen reader.");
  const d = openDialog({
    title: "Embed a video", onClose,
    onSubmit() {
      const found = embedSource(address.input.value);
      if (found.error) {
        address.error(found.error);
        address.input.focus();
        return;
      }
      onPick({ src: found.src, title: title.input.value.trim() || found.provider + " video" });
      d.close();
    },
  });
  d.body.append(address.wrap, title.wrap);
  d.actions.append(button("Embed", null, { type: "submit" }), button("Cancel", () => d.close(), { class: "secondary" }));
  d.show();
}
