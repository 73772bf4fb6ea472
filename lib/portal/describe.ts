/**
 * "Lưu mô tả trang": the structure of a page's lists for a maintainer, with every cell value
 * replaced by its shape ("Nguyễn Thị Thử" → "Aa Aa Aa", "27/10/2023 08:30" → "99/99/9999 99:99"), so
 * an officer can send an unknown layout without any citizen's data. Kept: header texts (from header
 * cells only), the elements the grid is made of, the shapes of values, which fields were found.
 */
import { findGrids, rowCells } from './grid';
import { resolveHeader } from './headers';
import { locateDossierLists } from './list';
import { tagOf, cellText } from './text';
import type { Field } from './vocabulary';

export interface ColumnDescription {
  header: string;
  fields: Field[];
  /** Distinct shapes of the sampled values, most frequent first. */
  shapes: string[];
  /** How the values are marked up: child element names and classes, no text. */
  markup: string[];
}

export interface ListDescription {
  /** tag.class[role] of the list, of a body row and of a cell. */
  element: string;
  row: string;
  cell: string;
  headerRows: number;
  bodyRows: number;
  columns: ColumnDescription[];
  /** Whether the reader took this list for a dossier list. */
  dossierList: boolean;
}

export interface PageDescription {
  version: 1;
  /** The page's origin and path, without query or fragment (which may hold a code or a name). */
  page: string;
  title: string;
  lists: ListDescription[];
}

const SAMPLE = 12;

/** A value's shape: letters become "Aa"/"a" per word, digits "9" each, punctuation stays. */
export function shapeOf(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\p{Lu}[\p{L}\p{M}]*/gu, 'Aa')
    .replace(/\p{Ll}[\p{L}\p{M}]*/gu, 'a')
    .replace(/\p{N}/gu, '9')
    .replace(/(?:Aa|a)(?: (?:Aa|a)){3,}/g, (m) => `${m.slice(0, m.indexOf(' '))} …`)
    .slice(0, 80);
}

function shapeOfElement(el: Element): string {
  const cls = Array.from(el.classList)
    .filter((c) => !/\d/.test(c))
    .slice(0, 3)
    .map((c) => `.${c}`)
    .join('');
  const role = el.getAttribute('role');
  return `${tagOf(el).toLowerCase()}${cls}${role ? `[role=${role}]` : ''}`;
}

function markupOf(cell: Element): string {
  const parts: string[] = [];
  for (const el of Array.from(cell.querySelectorAll('*')).slice(0, 6)) parts.push(shapeOfElement(el));
  return parts.join(' ');
}

const HEADER_CELL = (cell: Element): boolean => {
  const tag = tagOf(cell);
  const role = cell.getAttribute('role');
  return tag === 'TH' || tag === 'MAT-HEADER-CELL' || role === 'columnheader' || cell.closest('thead') !== null;
};

function counted(values: string[]): string[] {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v).slice(0, 5);
}

/** Describes every list-shaped element under `root`; never throws on a hostile page. */
export function describePage(root: Document): PageDescription {
  const dossierLists = new Map(locateDossierLists(root).map((v) => [v.element, v.fields.columns]));
  const lists: ListDescription[] = [];
  let location = '';
  try {
    const url = new URL(root.URL);
    location = `${url.origin}${url.pathname}`;
  } catch {
    location = '';
  }
  for (const grid of findGrids(root, [])) {
    // A dossier list's columns as the reader settled them (header and content); others by header only.
    const columns = dossierLists.get(grid.element) ?? resolveHeader(grid.headerRows);
    // Header text is page structure only when it sits in header cells; a first data row taken for a
    // header (a table without <th>) is described by shape like any value.
    const trusted = grid.headerRows.every((r) => rowCells(r).every(HEADER_CELL));
    const rows = Array.from(grid.bodyRows());
    const sample = rows.slice(0, SAMPLE).map(rowCells);
    const first = sample.find((cells) => cells.length > 0);
    lists.push({
      element: shapeOfElement(grid.element),
      row: rows[0] ? shapeOfElement(rows[0]) : '',
      cell: first?.[0] ? shapeOfElement(first[0]) : '',
      headerRows: grid.headerRows.length,
      bodyRows: rows.length,
      dossierList: dossierLists.has(grid.element),
      columns: columns.map((c) => ({
        header: trusted ? c.label : shapeOf(c.label),
        fields: c.fields,
        shapes: counted(sample.map((cells) => (cells[c.index] ? shapeOf(cellText(cells[c.index]!)) : ''))),
        markup: counted(sample.map((cells) => (cells[c.index] ? markupOf(cells[c.index]!) : ''))),
      })),
    });
  }
  // A title may name the dossier shown ("Chi tiết hồ sơ H21.57.14-…"): with a digit in it, only its shape.
  const title = /\d/.test(root.title) ? shapeOf(root.title) : root.title.slice(0, 120);
  return { version: 1, page: location, title, lists };
}
