// How pictures, galleries, videos and "Also read" blocks look while editing: the picture with its caption,
// credit and alt text editable in place; cards for videos and related articles. What is saved is the
// schema's toDOM, never these.
import { el, uid } from "./dom.js";

/** The node views of one editor; titles maps article ids to headlines, addPictures(pos) extends a gallery. */
export function nodeViews({ titles, addPictures }) {
  return {
    figure: (node, view, getPos) => new FigureView(node, view, getPos),
    gallery: (node, view, getPos) => new GalleryView(node, view, getPos, addPictures),
    embed: (node, view, getPos) => new EmbedView(node, view, getPos),
    related: (node, view, getPos) => new RelatedView(node, view, getPos, titles),
  };
}

/** A block that is not text: selectable, removable, its own inputs left to it (not to ProseMirror). */
class BlockView {
  constructor(node, view, getPos, className, label) {
    this.node = node;
    this.view = view;
    this.getPos = getPos;
    this.inputs = {};
    this.dom = el(className === "me-figure" ? "figure" : "div", { class: "me-block " + className });
    this.tools = el("div", { class: "me-block-tools" });
    const remove = el("button", { type: "button", class: "me-remove", "aria-label": "Remove " + label }, "Remove");
    remove.addEventListener("click", () => this.remove());
    this.tools.append(remove);
  }

  /** A labelled input bound to one attribute of the node; each keystroke is an edit (undoable, saved). */
  input(name, label, attrs) {
    const id = uid("me-attr");
    const input = el("input", { type: "text", id, autocomplete: "off", ...attrs });
    input.value = this.node.attrs[name] || "";
    input.addEventListener("input", () => this.set(name, input.value));
    this.inputs[name] = input;
    const wrap = el("div", { class: "me-attr" }, el("label", { for: id }, label), input);
    // The block is draggable (to reorder); while the pointer is over a field, a drag selects its text instead.
    wrap.addEventListener("pointerenter", () => { this.dom.draggable = false; });
    wrap.addEventListener("pointerleave", () => { this.dom.draggable = true; });
    return wrap;
  }

  set(name, value) {
    const pos = this.getPos();
    if (pos == null) return;
    this.view.dispatch(this.view.state.tr.setNodeMarkup(pos, null, { ...this.node.attrs, [name]: value }));
  }

  remove() {
    const pos = this.getPos();
    if (pos == null) return;
    this.view.dispatch(this.view.state.tr.delete(pos, pos + this.node.nodeSize));
    this.view.focus();
  }

  update(node) {
    if (node.type !== this.node.type) return false;
    this.node = node;
    for (const [name, input] of Object.entries(this.inputs)) {
      const value = node.attrs[name] || "";
      if (input.value !== value) input.value = value; // an undo, or another view of the same change
    }
    this.refresh();
    return true;
  }

  refresh() {
  }

  selectNode() {
    this.dom.classList.add("ProseMirror-selectednode");
  }

  deselectNode() {
    this.dom.classList.remove("ProseMirror-selectednode");
  }

  // Typing, clicks and paste in the block's own fields and buttons are theirs, not the editor's.
  stopEvent(event) {
    return event.target instanceof Element && !!event.target.closest("input, button, label");
  }

  ignoreMutation() {
    return true;
  }
}

class FigureView extends BlockView {
  constructor(node, view, getPos) {
    super(node, view, getPos, "me-figure", "picture");
    this.img = el("img", { draggable: "false" });
    const fields = el("figcaption", { class: "me-attrs" },
      this.input("caption", "Caption"), this.input("credit", "Credit", { placeholder: "Photo: …" }),
      this.input("alt", "Alt text", { placeholder: "What the picture shows" }));
    this.dom.append(this.img, fields, this.tools);
    this.refresh();
  }

  refresh() {
    const { src, alt, width, height } = this.node.attrs;
    if (this.img.getAttribute("src") !== src) this.img.setAttribute("src", src);
    this.img.setAttribute("alt", alt || "");
    if (width && height) {
      this.img.setAttribute("width", width);
      this.img.setAttribute("height", height);
    }
  }
}

class GalleryView extends BlockView {
  constructor(node, view, getPos, addPictures) {
    super(node, view, getPos, "me-gallery", "gallery");
    this.count = el("span", { class: "me-block-label" });
    const add = el("button", { type: "button", class: "me-add" }, "Add pictures");
    add.addEventListener("click", () => addPictures(this.getPos() + this.node.nodeSize - 1));
    this.tools.prepend(this.count, add);
    this.contentDOM = el("div", { class: "gallery me-gallery-grid" });
    this.dom.append(this.tools, this.contentDOM);
    this.refresh();
  }

  refresh() {
    this.count.textContent = "Gallery \u00b7 " + this.node.childCount + " pictures";
  }

  update(node) {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.refresh();
    return true;
  }

  stopEvent(event) {
    return this.tools.contains(event.target);
  }

  // The pictures inside are ProseMirror's to watch; the header is ours.
  ignoreMutation(mutation) {
    return mutation.type !== "selection" && !this.contentDOM.contains(mutation.target);
  }
}

class EmbedView extends BlockView {
  constructor(node, view, getPos) {
    super(node, view, getPos, "me-embed", "video");
    const provider = node.attrs.src.includes("vimeo") ? "Vimeo" : "YouTube";
    this.dom.append(
      el("div", { class: "me-embed-frame", "aria-hidden": "true" }, el("span", { class: "me-play" })),
      el("div", { class: "me-embed-about" },
        el("span", { class: "me-block-label" }, provider + " video"),
        el("code", null, node.attrs.src),
        this.input("title", "Title", { placeholder: "What the video is, for screen readers" })),
      this.tools);
  }
}

class RelatedView extends BlockView {
  constructor(node, view, getPos, titles) {
    super(node, view, getPos, "me-related", "\u201cAlso read\u201d");
    this.titles = titles;
    this.headline = el("span", { class: "me-related-headline" });
    this.dom.append(el("span", { class: "me-block-label" }, "Also read"), this.headline, this.tools);
    this.refresh();
  }

  refresh() {
    const title = this.titles.get(String(this.node.attrs.id));
    this.headline.textContent = title || "Article " + this.node.attrs.id;
    this.headline.classList.toggle("me-unknown", !title);
  }
}
