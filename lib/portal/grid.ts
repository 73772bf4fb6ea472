/**
 * Finds list-shaped elements and exposes them uniformly as header rows + body rows + cells, whatever
 * they are made of: `<table>` (with or without `<thead>`, header cells `<th>` or `<td>`), ARIA grids,
 * Angular Material element tables, and widgets drawing header and body as two tables.
 */
import {
  CELL_CLASSES, CELL_ROLES, CELL_TAGS, GRID_CONTAINERS, GRID_ROWS, HEADER_CELL_ROLES, HEADER_ROW_CLASSES,
  HEADER_ROW_TAGS, LIST_CANDIDATES, SPLIT_GRIDS,
} from './selectors';
import { diagnostic, type Diagnostic } from './diagnostics';

export interface Grid {
  /** The list as a whole: the table, the grid element, or the split widget. */
  element: Element;
  /** The element holding the header (`<thead>`, header table, header row), when there is one. */
  headerElement?: Element;
  headerRows: Element[];
  /** Rows after the header, live (the page may have replaced them since). */
  bodyRows(): Element[];
}

function hasClass(el: Element, names: readonly string[]): boolean {
  const list = el.classList;
  if (list.length === 0) return false;
  for (const n of names) if (list.contains(n)) return true;
  return false;
}

export function isCell(el: Element): boolean {
  if (CELL_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  return (role !== null && CELL_ROLES.has(role)) || hasClass(el, CELL_CLASSES);
}

/** The cells of a row, in order (a grid row's cells are its children). */
export function rowCells(row: Element): Element[] {
  const out: Element[] = [];
  for (let c = row.firstElementChild; c !== null; c = c.nextElementSibling) if (isCell(c)) out.push(c);
  return out;
}

export function span(el: Element, attr: 'colspan' | 'rowspan', max: number): number {
  const v = el.getAttribute(attr);
  if (v === null) return 1;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Rows of a table's own sections (never rows of a nested table). */
function tableRows(table: Element, sections?: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  for (let c = table.firstElementChild; c !== null; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (tag === 'TR') {
      if (!sections || sections.has('TBODY')) out.push(c);
    } else if ((tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') && (!sections || sections.has(tag))) {
      for (let r = c.firstElementChild; r !== null; r = r.nextElementSibling) if (r.tagName.toUpperCase() === 'TR') out.push(r);
    }
  }
  return out;
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

function tableGrid(table: Element): Grid {
  const thead = Array.from(table.children).find((c) => c.tagName.toUpperCase() === 'THEAD') ?? null;
  const rows = tableRows(table);
  const headerRows = tableHeader(rows, thead);
  const header = new Set(headerRows);
  const skipped = new Set(headerRows[0] ? rows.slice(0, rows.indexOf(headerRows[0])) : []);
  return {
    element: table,
    headerElement: thead ?? headerRows[0],
    headerRows,
    bodyRows: () => tableRows(table).filter((r) => !header.has(r) && !skipped.has(r)),
  };
}

function isHeaderRow(row: Element): boolean {
  if (HEADER_ROW_TAGS.has(row.tagName.toUpperCase()) || hasClass(row, HEADER_ROW_CLASSES)) return true;
  const first = row.firstElementChild;
  const role = first?.getAttribute('role');
  return role != null && HEADER_CELL_ROLES.has(role);
}

function elementGrid(el: Element): Grid {
  const own = (): Element[] =>
    Array.from(el.querySelectorAll(GRID_ROWS)).filter((r) => r.parentElement?.closest(GRID_CONTAINERS) === el);
  const headerRows = own().filter(isHeaderRow);
  return {
    element: el,
    headerElement: headerRows[0],
    headerRows,
    bodyRows: () => own().filter((r) => !isHeaderRow(r)),
  };
}

function splitGrid(widget: Element, head: Element, body: Element): Grid {
  const headRows = tableRows(head);
  const theadRows = tableRows(head, new Set(['THEAD']));
  const headerRows = tableHeader(theadRows.length > 0 ? theadRows : headRows, null);
  return {
    element: widget,
    headerElement: head,
    headerRows,
    // The body table of DataTables repeats the header in a zero-height <thead> for sizing: skip it.
    bodyRows: () => tableRows(body, BODY_SECTIONS),
  };
}

function queryAll(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if ('matches' in root && (root as Element).matches(selector)) found.unshift(root as Element);
  return found;
}

/** Every list-shaped element under `root` (and in same-origin frames), split widgets as one grid each. */
export function findGrids(root: ParentNode, diagnostics: Diagnostic[]): Grid[] {
  const grids: Grid[] = [];
  const consumed = new Set<Element>();
  for (const { widget, head, body } of SPLIT_GRIDS) {
    for (const w of queryAll(root, widget)) {
      const h = w.querySelector(head);
      const b = w.querySelector(body);
      if (!h || !b || h === b || consumed.has(h)) continue;
      consumed.add(h);
      consumed.add(b);
      grids.push(splitGrid(w, h, b));
    }
  }
  for (const el of queryAll(root, LIST_CANDIDATES)) {
    if (consumed.has(el)) continue;
    consumed.add(el);
    grids.push(el.tagName.toUpperCase() === 'TABLE' ? tableGrid(el) : elementGrid(el));
  }
  for (const frame of Array.from(root.querySelectorAll('iframe, frame'))) {
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
