// Editing commands behind the toolbar and the keyboard, and what the toolbar shows as pressed.
import { TextSelection, NodeSelection } from "prosemirror-state";
import { toggleMark, setBlockType, wrapIn, lift } from "prosemirror-commands";
import { wrapInList, liftListItem, sinkListItem } from "prosemirror-schema-list";
import { schema } from "./schema.js";

const { paragraph, heading, blockquote, bullet_list: bulletList, ordered_list: orderedList, list_item: listItem } = schema.nodes;

export const toggleStrong = toggleMark(schema.marks.strong);
export const toggleEm = toggleMark(schema.marks.em);

export function markActive(state, type) {
  const { from, to, empty, $from } = state.selection;
  return empty ? !!type.isInSet(state.storedMarks || $from.marks()) : state.doc.rangeHasMark(from, to, type);
}

function ancestor(state, test) {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) {
    if (test($from.node(d))) return { node: $from.node(d), pos: $from.before(d) };
  }
  return null;
}

export function headingActive(state, level) {
  const { $from, to } = state.selection;
  return to <= $from.end() && $from.parent.hasMarkup(heading, { level });
}

/** Heading of this level, or back to a paragraph when it already is one. */
export function toggleHeading(level) {
  return (state, dispatch) => headingActive(state, level)
    ? setBlockType(paragraph)(state, dispatch)
    : setBlockType(heading, { level })(state, dispatch);
}

export function listActive(state, type) {
  const list = ancestor(state, (n) => n.type === bulletList || n.type === orderedList);
  return !!list && list.node.type === type;
}

/** Into a list of this type; out of it when already in one; a list of the other type changes type. */
export function toggleList(type) {
  return (state, dispatch) => {
    const list = ancestor(state, (n) => n.type === bulletList || n.type === orderedList);
    if (!list) return wrapInList(type)(state, dispatch);
    if (list.node.type === type) return liftListItem(listItem)(state, dispatch);
    if (dispatch) dispatch(state.tr.setNodeMarkup(list.pos, type));
    return true;
  };
}

export const inList = (state) => !!ancestor(state, (n) => n.type === listItem);
export const sinkItem = (state, dispatch) => inList(state) && (sinkListItem(listItem)(state, dispatch) || true);
export const liftItem = liftListItem(listItem);

export const quoteActive = (state) => !!ancestor(state, (n) => n.type === blockquote);

export function toggleQuote(state, dispatch) {
  return quoteActive(state) ? lift(state, dispatch) : wrapIn(blockquote)(state, dispatch);
}

/**
 * Puts a block (picture, gallery, video, "Also read") at the top level where the cursor is: in place of an
 * empty paragraph, or splitting the paragraph at the cursor, or after the block the cursor is in; the
 * cursor goes below it (into a new paragraph at the end of the body).
 */
export function insertBlock(view, node) {
  const { state } = view;
  const { $from } = state.selection;
  const tr = state.tr;
  let pos;
  let replaced = 0; // the size of an empty paragraph the block takes the place of
  if (state.selection instanceof NodeSelection && $from.depth === 0) {
    pos = state.selection.to;
  } else if ($from.depth === 0) {
    pos = $from.pos;
  } else {
    const top = $from.node(1);
    const before = $from.before(1);
    if (top.type === paragraph && top.content.size === 0) {
      pos = before;
      replaced = top.nodeSize;
    } else if ($from.depth === 1 && top.isTextblock && $from.parentOffset > 0 && $from.parentOffset < top.content.size) {
      tr.split($from.pos);
      pos = $from.pos + 1;
    } else {
      pos = $from.depth === 1 && $from.parentOffset === 0 ? before : $from.after(1);
    }
  }
  tr.replaceWith(pos, pos + replaced, node);
  const after = pos + node.nodeSize;
  if (after === tr.doc.content.size) tr.insert(after, paragraph.create());
  const next = tr.doc.resolve(after).nodeAfter;
  tr.setSelection(next.isTextblock ? TextSelection.create(tr.doc, after + 1) : NodeSelection.create(tr.doc, pos));
  tr.scrollIntoView();
  view.dispatch(tr);
  view.focus();
}
