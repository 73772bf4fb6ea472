/**
 * "Chỉ cho Nhắc Hạn cột nào là gì": the officer clicks a cell of the due date, then one of the code
 * (optionally received and status), and a site profile is built from where those cells sit, with no
 * CSS for the officer to type. A column with a header is named by its header text (it survives
 * re-ordered or re-sized columns); a column without one by the cell's path inside its row.
 */
import { diagnostic, type Diagnostic } from './diagnostics';
import { findGrids, rowCells, span } from './grid';
import { resolveHeader } from './headers';
import type { SiteProfile } from './site-profile';
import { tagOf } from './text';

/** What the officer is asked to click, in this order; the first two are required. */
export const TEACH_FIELDS = ['dueAt', 'code', 'receivedAt', 'status'] as const;
export type TeachField = (typeof TEACH_FIELDS)[number];

export interface TeachClick {
  field: TeachField;
  /** The element clicked (any element inside a cell). */
  target: Element;
}

export type TeachResult = { profile: SiteProfile } | { problem: Diagnostic };

/** Classes a framework generates per render or per row: they say nothing stable about the list. */
const UNSTABLE_CLASS = /\d|^(?:ng-|_|css-|sc-|jsx-|active|selected|hover|focus|odd|even)/;

/** A selector that finds `el` first in its document: its id, or its tag with its stable classes. */
export function stableSelector(el: Element): string | undefined {
  const doc = el.ownerDocument;
  const id = el.getAttribute('id');
  const escape = (s: string): string => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, '\\$&'));
  const tries: string[] = [];
  if (id && !/\d{3,}/.test(id)) tries.push(`#${escape(id)}`);
  const classes = Array.from(el.classList).filter((c) => !UNSTABLE_CLASS.test(c));
  if (classes.length > 0) tries.push(`${tagOf(el).toLowerCase()}.${classes.map(escape).join('.')}`);
  for (const s of tries) {
    try {
      if (doc.querySelector(s) === el) return s;
    } catch {
      // A class name no selector can spell: try the next form.
    }
  }
  return undefined;
}

/** `:scope > td:nth-child(3)`-style path from a row down to one of its cells. */
function pathFrom(row: Element, cell: Element): string {
  const steps: string[] = [];
  for (let el: Element | null = cell; el && el !== row; el = el.parentElement) {
    const index = el.parentElement ? Array.from(el.parentElement.children).indexOf(el) + 1 : 1;
    steps.unshift(`${tagOf(el).toLowerCase()}:nth-child(${index})`);
  }
  return `:scope > ${steps.join(' > ')}`;
}

/** Builds the profile of `origin` from the clicked cells; never throws. */
export function profileFromClicks(root: ParentNode, origin: string, clicks: TeachClick[], name?: string): TeachResult {
  const needed = (f: TeachField): TeachClick | undefined => clicks.find((c) => c.field === f);
  if (!needed('dueAt') || !needed('code')) return { problem: diagnostic('teach-incomplete', 'warning') };
  const diagnostics: Diagnostic[] = [];
  const grids = findGrids(root, diagnostics);
  const grid = grids.find((g) => g.element.contains(needed('dueAt')!.target) && g.element.contains(needed('code')!.target));
  if (!grid) return { problem: diagnostic('teach-not-in-list', 'warning') };
  const columns = resolveHeader(grid.headerRows);
  const rows = Array.from(grid.bodyRows());
  const profile: SiteProfile = { origin, columns: {} };
  if (name) profile.name = name;
  const list = stableSelector(grid.element);
  if (list) profile.listSelector = list;
  const used = new Set<number>();
  for (const click of clicks) {
    const row = rows.find((r) => r.contains(click.target));
    if (!row) return { problem: diagnostic('teach-not-in-list', 'warning') };
    const cells = rowCells(row);
    const cell = cells.find((c) => c === click.target || c.contains(click.target));
    if (!cell) return { problem: diagnostic('teach-not-in-list', 'warning') };
    let position = 0;
    for (const c of cells) {
      if (c === cell) break;
      position += span(c, 'colspan', 100);
    }
    if (used.has(position)) return { problem: diagnostic('teach-same-column', 'warning') };
    used.add(position);
    const header = columns[position]?.label;
    // A header names the column only if no other column has the same text.
    const unique = header && columns.filter((c) => c.label === header).length === 1;
    profile.columns[click.field] = unique ? { header } : { selector: pathFrom(row, cell) };
  }
  return { profile };
}
