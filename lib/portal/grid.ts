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
import { MAX_DEPTH, cellText, findDescendant, squash, tagOf } from './text';

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

/** Laid-out width of the widest of some rows. */
function widthOf(rows: Element[]): number {
  let width = 0;
  for (const row of rows) {
    let n = 0;
    for (const cell of rowCells(row)) n += span(cell, 'colspan', 100);
    width = Math.max(width, n);
  }
  return width;
}

function isHeaderCell(cell: Element): boolean {
  return tagOf(cell) === 'TH' || cell.getAttribute('role') === 'columnheader';
}

/**
 * Whether the first filled row of a body table (past empty sizing rows and one-label group rows) holds
 * data: dates, codes and counts have digits, a header of its own made of `<td>`s (an ASP.NET DataGrid
 * after a search form's all-`<th>` table) has none.
 */
function opensWithData(rows: Element[]): boolean {
  for (const row of rows) {
    const cells = rowCells(row);
    const texts = cells.map((c) => squash(cellText(c))).filter((t) => t !== '');
    if (texts.length >= 2 && texts.length * 2 >= cells.length) return texts.some((t) => /\d/.test(t));
  }
  return false;
}

function headerText(rows: Element[]): string {
  return rows.map((r) => squash(cellText(r))).join('\n');
}

/** How far up a header table and its body table may meet (DevExtreme: 4 levels, jqGrid: 4). */
const SPLIT_REACH = 6;

/** The nearest element holding both, when it is close to the first. */
function meeting(a: Element, b: Element): Element | undefined {
  let up: Element | null = a.parentElement;
  for (let i = 0; up !== null && i < SPLIT_REACH; i++, up = up.parentElement) if (up.contains(b)) return up;
  return undefined;
}

/** A table that is all header: header cells, and no row past its header rows. */
function isAllHeader(grid: Grid): boolean {
  if (tagOf(grid.element) !== 'TABLE' || grid.headerRows.length === 0) return false;
  // Told by the first rows only: a long list is not listed for it.
  if (leadingRows(grid.element, grid.headerRows.length + 1).length > grid.headerRows.length) return false;
  return grid.headerRows.some((r) => rowCells(r).some(isHeaderCell));
}

/**
 * Widgets not in SPLIT_GRIDS that also draw the header and the body as two tables (DevExtreme's
 * headers view and rows view, jqGrid's ui-jqgrid-htable and ui-jqgrid-btable, fixed-header plugins):
 * a table that is all header and the next table, close by, that is not (past the header's own
 * pinned-column copy), has no header cell and as many columns, are one list. Its element is where
 * they meet; the other tables there as wide as the list are copies drawn over it to pin columns
 * (DevExtreme's .dx-datagrid-content-fixed), and an empty grid found there (the widget's own
 * role="grid" element, whose rows sit in the tables) is dropped. An all-header table followed by a
 * table with the same header of its own is a clone and is dropped.
 */
function pairSplitTables(grids: Grid[]): void {
  for (let i = 0; i < grids.length - 1; i++) {
    const head = grids[i]!;
    if (!isAllHeader(head)) continue;
    const body = grids.find((g, k) => k > i && tagOf(g.element) === 'TABLE' && !head.element.contains(g.element) && !isAllHeader(g));
    if (!body) continue;
    const bodyTable = body.element;
    const leading = leadingRows(bodyTable, 8);
    if (leading.length === 0) continue;
    if (leading.some((r) => rowCells(r).some(isHeaderCell))) {
      // A fixed-header plugin's clone of the next table's own header (bootstrap-table's
      // .fixed-table-header, DataTables FixedHeader, floatThead) is not a second list.
      if (body.headerRows.length > 0 && headerText(body.headerRows) === headerText(head.headerRows)) grids.splice(i--, 1);
      continue;
    }
    const width = widthOf(head.headerRows);
    if (width !== widthOf(leading) || !opensWithData(leading)) continue;
    const widget = meeting(head.element, bodyTable);
    if (!widget) continue;
    const split = splitGrid(widget, head.element, bodyTable, undefined);
    const gone = (g: Grid): boolean =>
      g === body ||
      g.element === widget ||
      (tagOf(g.element) === 'TABLE' && widget.contains(g.element) && !bodyTable.contains(g.element) && widthOf(leadingRows(g.element, 8)) === width);
    grids[i] = split;
    const kept = grids.filter((g) => g === split || !gone(g));
    grids.splice(0, grids.length, ...kept);
    i = kept.indexOf(split);
  }
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
          widgets.push(el);
          grids.push(splitGrid(el, h, b, split.rows));
          break;
        }
      }
      if (el.matches(LIST_CANDIDATES)) lists.push(el);
    }
  }
  for (const el of lists) {
    // The one-row tables inside a widget's body are its rows; the other tables in a widget are its
    // pinned-column copies (Element UI's .el-table__fixed draws the whole table again), pager or footer.
    if (consumed.has(el) || widgets.some((w) => w !== el && w.contains(el))) continue;
    consumed.add(el);
    grids.push(tagOf(el) === 'TABLE' ? tableGrid(el) : elementGrid(el));
  }
  pairSplitTables(grids);
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
