/**
 * Finds list-shaped elements and exposes them uniformly as header rows + body rows + cells, whatever
 * they are made of: `<table>` (with or without `<thead>`, header cells `<th>` or `<td>`), ARIA grids,
 * Angular Material element tables, and widgets drawing header and body as two tables.
 */
import {
  CANDIDATE_CLASS_HINTS, CANDIDATE_ROLES, CANDIDATE_TAGS, CELL_CLASSES, CELL_ROLES, CELL_TAGS, GRID_CONTAINERS, GRID_ROWS, HEADER_CELL_ROLES, HEADER_ROW_CLASSES,
  HEADER_ROW_TAGS, LIST_CANDIDATES, SPLIT_GRIDS,
} from './selectors';
import { diagnostic, type Diagnostic } from './diagnostics';
import { MAX_DEPTH, findDescendant, tagOf } from './text';

export interface Grid {
  /** The list as a whole: the table, the grid element, or the split widget. */
  element: Element;
  /** The element holding the header (`<thead>`, header table, header row), when there is one. */
  headerElement?: Element;
  headerRows: Element[];
  /**
   * Rows after the header, live (the page may have replaced them since), walked as the caller goes:
   * a 50,000-row register is never listed in one go, so a pass over it can yield after any row.
   */
  bodyRows(): Iterable<Element>;
}

function hasClass(el: Element, names: readonly string[]): boolean {
  const list = el.classList;
  if (list.length === 0) return false;
  for (const n of names) if (list.contains(n)) return true;
  return false;
}

export function isCell(el: Element): boolean {
  if (CELL_TAGS.has(tagOf(el))) return true;
  const role = el.getAttribute('role');
  return (role !== null && CELL_ROLES.has(role)) || hasClass(el, CELL_CLASSES);
}

/** The cells of a row, in order (a grid row's cells are its children). */
export function rowCells(row: Element): Element[] {
  const out: Element[] = [];
  if (tagOf(row) === 'TR') {
    // A table row's children are its cells (the HTML parser allows nothing else there).
    for (let c = row.firstElementChild; c !== null; c = c.nextElementSibling) out.push(c);
    return out;
  }
  for (let c = row.firstElementChild; c !== null; c = c.nextElementSibling) if (isCell(c)) out.push(c);
  if (out.length > 0) return out;
  // A row drawn as its own one-row table (dojox DataGrid): the cells of that table's row.
  const inner = findDescendant(row, (e) => tagOf(e) === 'TR');
  return inner ? rowCells(inner) : out;
}

export function span(el: Element, attr: 'colspan' | 'rowspan', max: number): number {
  const v = el.getAttribute(attr);
  if (v === null) return 1;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Rows of a table's own sections (never rows of a nested table), one at a time. */
function* tableRows(table: Element, sections?: ReadonlySet<string>): Generator<Element, void, undefined> {
  for (let c = table.firstElementChild; c !== null; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if (tag === 'TR') {
      if (!sections || sections.has('TBODY')) yield c;
    } else if ((tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') && (!sections || sections.has(tag))) {
      for (let r = c.firstElementChild; r !== null; r = r.nextElementSibling) if (tagOf(r) === 'TR') yield r;
    }
  }
}

const BODY_SECTIONS = new Set(['TBODY', 'TFOOT']);

/**
 * Header rows of a table: its `<thead>` rows; else the first row (after a one-cell title row) and as
 * many more as its `rowspan`s reach (a register's "Ngày, tháng, năm" over "Nhận hồ sơ | Hẹn trả…").
 */
function tableHeader(rows: Element[], thead: Element | null): Element[] {
  if (thead) {
    const own = rows.filter((r) => r.parentElement === thead);
    if (own.length > 0) return own;
  }
  let start = 0;
  while (start < rows.length - 1 && start < 2 && rowCells(rows[start]!).length === 1) start++;
  const first = rows[start];
  if (!first) return [];
  const header = [first];
  let reach = 1;
  for (let i = 0; i < header.length; i++) {
    for (const cell of rowCells(header[i]!)) reach = Math.max(reach, i + span(cell, 'rowspan', 5));
    if (header.length < reach && rows[start + header.length]) header.push(rows[start + header.length]!);
  }
  return rows.slice(0, start + header.length).slice(start);
}

/** The first `n` rows of a table's own sections, without listing the others. */
function leadingRows(table: Element, n: number): Element[] {
  const out: Element[] = [];
  for (let c = table.firstElementChild; c !== null && out.length < n; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if (tag === 'TR') out.push(c);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (let r = c.firstElementChild; r !== null && out.length < n; r = r.nextElementSibling) if (tagOf(r) === 'TR') out.push(r);
    }
  }
  return out;
}

function tableGrid(table: Element): Grid {
  let thead: Element | null = null;
  for (let c = table.firstElementChild; c !== null && !thead; c = c.nextElementSibling) if (tagOf(c) === 'THEAD') thead = c;
  // A header is at most a title row or two and a few spanned rows: the first eight rows decide it.
  const leading = leadingRows(table, 8);
  const headerRows = tableHeader(leading, thead);
  const header = new Set(headerRows);
  const first = headerRows[0];
  const skipped = new Set(first && !thead ? leading.slice(0, leading.indexOf(first)) : []);
  const view: Grid = {
    element: table,
    headerRows,
    *bodyRows() {
      for (const r of tableRows(table)) if (!header.has(r) && !skipped.has(r)) yield r;
    },
  };
  const headerElement = thead ?? first;
  if (headerElement) view.headerElement = headerElement;
  return view;
}

function isHeaderRow(row: Element): boolean {
  if (HEADER_ROW_TAGS.has(tagOf(row)) || hasClass(row, HEADER_ROW_CLASSES)) return true;
  const first = row.firstElementChild;
  const role = first?.getAttribute('role');
  return role != null && HEADER_CELL_ROLES.has(role);
}

function elementGrid(el: Element): Grid {
  function* own(): Generator<Element, void, undefined> {
    for (const r of el.querySelectorAll(GRID_ROWS)) if (r.parentElement?.closest(GRID_CONTAINERS) === el) yield r;
  }
  const headerRows = Array.from(own()).filter(isHeaderRow);
  return {
    element: el,
    headerElement: headerRows[0],
    headerRows,
    *bodyRows() {
      for (const r of own()) if (!isHeaderRow(r)) yield r;
    },
  };
}

function splitGrid(widget: Element, head: Element, body: Element, rows: string | undefined): Grid {
  const headRows = Array.from(tableRows(head));
  const theadRows = Array.from(tableRows(head, new Set(['THEAD'])));
  const headerRows = tableHeader(theadRows.length > 0 ? theadRows : headRows, null);
  return {
    element: widget,
    headerElement: head,
    headerRows,
    // The body table of DataTables repeats the header in a zero-height <thead> for sizing: skip it.
    // A virtual list renders only the rows near the viewport and recycles them: read them live.
    bodyRows: rows ? () => Array.from(body.querySelectorAll(rows)) : () => tableRows(body, BODY_SECTIONS),
  };
}

const FRAME_TAGS = new Set(['IFRAME', 'FRAME']);
/** Sections with this many rows are lists themselves; the walk does not look for lists inside their rows. */
const MANY_ROWS = 100;

function isRow(el: Element | null): boolean {
  if (!el) return false;
  const tag = tagOf(el);
  return tag === 'TR' || tag === 'MAT-ROW' || el.getAttribute('role') === 'row';
}

/**
 * Candidate lists, split widgets and frames under `root`, by a walk that checks tag names, roles and
 * class names directly and skips the inside of long row sections: on a 2,000-row page this is far
 * cheaper than a selector query in a DOM emulation, and no slower in a browser.
 */
function candidates(root: ParentNode): Element[] {
  const out: Element[] = [];
  const consider = (el: Element): void => {
    const tag = tagOf(el);
    if (FRAME_TAGS.has(tag) || CANDIDATE_TAGS.has(tag)) out.push(el);
    else {
      const role = el.getAttribute('role');
      const cls = el.getAttribute('class');
      if ((role !== null && CANDIDATE_ROLES.has(role)) || (cls !== null && CANDIDATE_CLASS_HINTS.some((c) => cls.includes(c)))) out.push(el);
    }
  };
  const visit = (parent: ParentNode, depth: number): void => {
    for (let el = parent.firstElementChild; el !== null; el = el.nextElementSibling) {
      consider(el);
      if (depth < MAX_DEPTH && el.firstElementChild !== null && !(el.childElementCount > MANY_ROWS && isRow(el.firstElementChild))) visit(el, depth + 1);
    }
  };
  if ((root as Node).nodeType === 1) consider(root as Element);
  visit(root, 0);
  return out;
}

/** Every list-shaped element under `root` (and in same-origin frames), split widgets as one grid each. */
export function findGrids(root: ParentNode, diagnostics: Diagnostic[]): Grid[] {
  const grids: Grid[] = [];
  const consumed = new Set<Element>();
  const frames: Element[] = [];
  const lists: Element[] = [];
  const widgets: Element[] = [];
  for (const el of candidates(root)) {
    const tag = tagOf(el);
    if (FRAME_TAGS.has(tag)) frames.push(el);
    else if (tag === 'TABLE') lists.push(el);
    else {
      for (const split of SPLIT_GRIDS) {
        if (!el.matches(split.widget)) continue;
        const h = el.querySelector(split.head);
        const b = el.querySelector(split.body);
        if (h && b && h !== b && !consumed.has(h)) {
          consumed.add(h);
          consumed.add(b);
          consumed.add(el);
          if (split.rows) widgets.push(el);
          grids.push(splitGrid(el, h, b, split.rows));
          break;
        }
      }
      if (el.matches(LIST_CANDIDATES)) lists.push(el);
    }
  }
  for (const el of lists) {
    // The one-row tables inside a widget's body are its rows, not lists.
    if (consumed.has(el) || widgets.some((w) => w !== el && w.contains(el))) continue;
    consumed.add(el);
    grids.push(tagOf(el) === 'TABLE' ? tableGrid(el) : elementGrid(el));
  }
  for (const frame of frames) {
    const doc = frameDocument(frame, diagnostics);
    if (doc) grids.push(...findGrids(doc, diagnostics));
  }
  return grids;
}

/** A frame's document when the page may read it; a cross-origin frame is reported, not thrown. */
export function frameDocument(frame: Element, diagnostics: Diagnostic[]): Document | undefined {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    if (doc?.body) return doc;
    if (doc === null) diagnostics.push(diagnostic('frame-inaccessible', 'info'));
  } catch {
    diagnostics.push(diagnostic('frame-inaccessible', 'info'));
  }
  return undefined;
}
