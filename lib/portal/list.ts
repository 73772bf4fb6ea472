/**
 * Dossier lists: which list-shaped elements hold dossiers, and reading their rows. `locateDossierLists`
 * gives the overlay incremental access (rows are re-read as the page replaces them);
 * `readDossierList` reads everything at once.
 */
import type { Dossier } from '../dossier/schema';
import type { DateOrder } from './dates';
import { diagnostic, type Diagnostic } from './diagnostics';
import { findGrids, rowCells, span, type Grid } from './grid';
import { alignCells, type CellLocator } from './align';
import { SURE_SCORE, resolveHeader, type Column, type HeaderOverrides } from './headers';
import { SAMPLE_ROWS, sampleContent, settleColumns } from './typing';
import { finish, readStacked, readValue, type CellContext } from './cells';
import type { SiteProfile } from './site-profile';
import { cellText, loose, squash, tagOf, valueText } from './text';
import { findCode } from './values';
import { mergePageRecord, pageRecord } from './igate';
import { EXPECTED_LIST_FIELDS, FIELD_LABELS, NON_DOSSIER_ROW, type Field } from './vocabulary';

export interface RowRead {
  row: Element;
  /** Stable identity of the row: the dossier code when found, else the row's id attribute or position. */
  key: string;
  dossier?: Dossier;
  problems: Diagnostic[];
  /** Why the row cannot be read at all (a date outside the shared window): it has no standing. */
  unreadable?: Diagnostic;
  /** The texts of the cells the read was made from, in the reader's order: what `readRow` compares. */
  texts: readonly string[];
}

/** How the list's columns were understood. */
export interface ListFields {
  columns: Column[];
  /** Fields taken from a profile's CSS selectors instead of a column. */
  selectors: Partial<Record<Field, string>>;
  /** Expected fields that no column provides. */
  missing: Field[];
}

export interface ListView {
  element: Element;
  headerElement?: Element;
  fields: ListFields;
  /**
   * The rows that may hold dossiers now, in page order, walked as the caller goes (a pass over a
   * 50,000-row register yields between rows). Structural only: header rows and rows spanning the
   * whole width (pager, title) are left out without reading text; `readRow` says which of the rest
   * hold a dossier.
   */
  rowElements(): Iterable<Element>;
  /**
   * Reads a row; undefined when it holds no dossier (empty-state, total or numbering row). Given the
   * row's previous read, returns that very object when none of the cell texts it reads changed, so a
   * pass over unchanged rows costs one read of their cells' text and no parsing.
   */
  readRow(row: Element, previous?: RowRead): RowRead | undefined;
  /** Where a badge goes: the due-date cell, else the composite or code cell. */
  dueCell(row: Element): Element | undefined;
}

export interface ListRead {
  element: Element;
  fields: ListFields;
  rows: RowRead[];
}

export interface DossierListResult {
  lists: ListRead[];
  dossiers: Dossier[];
  diagnostics: Diagnostic[];
}

/** Columns read first win: dedicated columns before those that only add to them. */
const PRIORITY: Partial<Record<Field, number>> = { applicant: 1, address: 1, info: 2, remaining: 3, overdueDays: 3 };
const CODE_LIKE: readonly Field[] = ['code', 'info', 'dueAt'];
const ROW_ID_ATTRIBUTES = ['data-id', 'data-item_id', 'data-row-key', 'data-key', 'data-uid', 'id'];

interface Plan {
  index: number;
  fields: Field[];
  label: string;
  selector?: string;
}

function overridesOf(profile?: SiteProfile): HeaderOverrides | undefined {
  if (!profile) return undefined;
  const out: HeaderOverrides = {};
  for (const [field, rule] of Object.entries(profile.columns) as Array<[Field, { header?: string } | undefined]>) {
    if (rule?.header) out[field] = rule.header;
  }
  return out;
}

/** Checks a CSS selector once, so a bad one from the settings never throws later. */
export function validSelector(selector: string, diagnostics: Diagnostic[], doc: Document | null | undefined): boolean {
  try {
    (doc ?? globalThis.document)?.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    diagnostics.push(diagnostic('selector-invalid', 'error', { selector }));
    return false;
  }
}

/** The cell at a laid-out column position, accounting for colspans in the row. */
function cellAt(cells: Element[], index: number, columns: number): Element | undefined {
  if (cells.length === columns) return cells[index];
  let pos = 0;
  for (const cell of cells) {
    const next = pos + span(cell, 'colspan', 100);
    if (index < next) return cell;
    pos = next;
  }
  return undefined;
}

/** The cells of the first few rows that can hold a dossier, laid out on the header's columns. */
function sampleRows(grid: Grid, width: number, cellOf: CellLocator): Element[][] {
  const out: Element[][] = [];
  for (const row of grid.bodyRows()) {
    const cells = rowCells(row);
    if (cells.length < 2) continue;
    const laid: Element[] = [];
    for (let i = 0; i < width; i++) {
      const cell = cellOf(cells, i);
      if (cell) laid[i] = cell;
    }
    out.push(laid);
    if (out.length >= SAMPLE_ROWS) break;
  }
  return out;
}

function buildView(grid: Grid, profile: SiteProfile | undefined, diagnostics: Diagnostic[], trusted: boolean): ListView | undefined {
  const order: DateOrder = profile?.dateOrder ?? 'auto';
  const headed = resolveHeader(grid.headerRows, overridesOf(profile));
  const width = headed.length;
  const cellOf = alignCells(grid.headerRows, width, (cells, i) => cellAt(cells, i, width));
  const settled = settleColumns(headed, sampleContent(sampleRows(grid, width, cellOf), width, order));
  const columns = settled.columns;
  const selectors: Partial<Record<Field, string>> = {};
  for (const [field, rule] of Object.entries(profile?.columns ?? {}) as Array<[Field, { selector?: string } | undefined]>) {
    if (rule?.selector && validSelector(rule.selector, diagnostics, grid.element.ownerDocument)) selectors[field] = rule.selector;
  }
  const plans: Plan[] = [];
  for (const c of columns) {
    const fields = c.fields.filter((f) => f !== 'ignored' && !selectors[f]);
    if (fields.length > 0) plans.push({ index: c.index, fields, label: c.label });
  }
  for (const [field, selector] of Object.entries(selectors) as Array<[Field, string]>) {
    plans.push({ index: -1, fields: [field], label: FIELD_LABELS[field], selector });
  }
  const found = new Set(plans.flatMap((p) => p.fields));
  // A code-like column must be named clearly (or proven by its codes): "Danh sách hồ sơ" in a menu is not one.
  const strong = columns.some(
    (c) => c.fields.some((f) => CODE_LIKE.includes(f)) && (c.fields.length > 1 || (c.candidates[0]?.score ?? 0) >= SURE_SCORE),
  );
  const enough = (strong || Object.keys(selectors).some((f) => CODE_LIKE.includes(f as Field))) && found.size >= 2;
  if (!enough && !(trusted && found.size > 0)) return undefined;
  plans.sort((a, b) => (PRIORITY[a.fields[0]!] ?? 0) - (PRIORITY[b.fields[0]!] ?? 0));

  const missing = EXPECTED_LIST_FIELDS.filter((f) => !found.has(f) && !(f === 'code' && found.has('info')));
  for (const c of columns) {
    if (c.fields.length > 0) diagnostics.push(diagnostic('header-recognised', 'info', { header: c.label, field: c.fields.join(', ') }));
    else if (c.label) diagnostics.push(diagnostic('header-unknown', 'info', { header: c.label }));
  }
  for (const a of settled.ambiguous) diagnostics.push(diagnostic('reading-ambiguous', 'warning', { header: a.header, fields: a.fields.map((f) => FIELD_LABELS[f]).join(' / ') }));
  for (const f of missing) diagnostics.push(diagnostic('column-missing', f === 'code' || f === 'dueAt' ? 'warning' : 'info', { label: FIELD_LABELS[f] }));

  const positions = new WeakMap<Element, number>();
  const doc = grid.element.ownerDocument;
  const base = baseUrl(grid.element.ownerDocument);
  const cellFor = (cells: Element[], row: Element, plan: Plan): Element | undefined => {
    if (plan.selector) {
      try {
        return row.querySelector(plan.selector) ?? undefined;
      } catch {
        return undefined;
      }
    }
    return cellOf(cells, plan.index);
  };

  /**
   * Pager, empty-state and title rows span the whole width in one cell; group rows (DevExtreme's
   * dx-group-row, RadGrid's rgGroupHeader) put an expand button before one cell spanning the rest.
   */
  const spansAll = (cells: Element[]): boolean => {
    if (cells.length === 0 || (cells.length === 1 && width > 1)) return true;
    if (cells.length > 3 || width < 4 || !cells.some((c) => span(c, 'colspan', 100) * 2 > width)) return false;
    return cells.filter((c) => squash(cellText(c)) !== '').length === 1;
  };
  /**
   * The same test without listing a table row's cells when it has more than three (neither a
   * one-cell row nor a group row): the walk over the rows runs on every pass.
   */
  const rowSpansAll = (row: Element): boolean => {
    if (tagOf(row) !== 'TR') return spansAll(rowCells(row));
    let count = 0;
    for (let cell = row.firstElementChild; cell !== null && count <= 3; cell = cell.nextElementSibling) count++;
    return count <= 3 && spansAll(rowCells(row));
  };
  /** Empty-state and total rows say so in their first filled cell. */
  const saysNotDossier = (cells: Element[]): boolean => {
    const head = cells.slice(0, 3).map((c) => squash(c.textContent ?? '')).find((t) => t !== '');
    return head !== undefined && NON_DOSSIER_ROW.test(loose(head).toLowerCase());
  };

  /**
   * Reads a candidate row; null when the row is not a dossier row (pager, empty state, totals,
   * numbering). Each planned cell's text is read once; when all equal `previous`'s, that read stands.
   */
  const read = (row: Element, position: number, previous?: RowRead): RowRead | null => {
    const cells = rowCells(row);
    if (spansAll(cells)) return null;
    const planned: Array<Element | undefined> = [];
    const texts: string[] = [];
    let same = previous !== undefined && previous.texts.length === plans.length;
    let letters = false;
    for (const plan of plans) {
      const cell = cellFor(cells, row, plan);
      const text = cell ? valueText(cell, plan.label) : '';
      if (same && previous!.texts[texts.length] !== text) same = false;
      if (!letters && /\p{L}/u.test(text)) letters = true;
      planned.push(cell);
      texts.push(text);
    }
    if (same) return previous!;
    if (!letters) return null;
    const ctx: CellContext = { draft: {}, problems: [], order, row: position, base };
    plans.forEach((plan, i) => {
      const cell = planned[i];
      if (!cell) return;
      if (plan.fields.length > 1) readStacked(ctx, plan.fields, texts[i]!, plan.label);
      else readValue(ctx, plan.fields[0]!, texts[i]!, plan.label, cell);
    });
    // Empty-state and total rows have no dossier code of the national form; only those are checked.
    const strict = ctx.draft.code !== undefined && findCode(ctx.draft.code) === ctx.draft.code;
    if (!strict && saysNotDossier(cells)) return null;
    // The page's own JSON for this row (iGate), where it was seen: it wins over the cells.
    const record = ctx.draft.code !== undefined ? pageRecord(doc, ctx.draft.code) : undefined;
    if (record) mergePageRecord(ctx.draft, record);
    const dossier = finish(ctx);
    let key = dossier?.code ?? ctx.draft.code;
    if (key === undefined) {
      const id = ROW_ID_ATTRIBUTES.map((a) => row.getAttribute(a)).find((v) => v);
      key = id ? `@${id}` : `#${position}`;
    }
    if (dossier) return { row, key, dossier, problems: ctx.problems, texts };
    return ctx.outside ? { row, key, problems: ctx.problems, unreadable: ctx.outside, texts } : { row, key, problems: ctx.problems, texts };
  };

  const dossierRows = (): RowRead[] => {
    const out: RowRead[] = [];
    for (const row of grid.bodyRows()) {
      const r = read(row, out.length);
      if (r) {
        positions.set(row, out.length);
        out.push(r);
      }
    }
    return out;
  };

  const fields: ListFields = { columns, selectors, missing };
  const duePlan =
    plans.find((p) => p.fields.includes('dueAt')) ?? plans.find((p) => p.fields.includes('info')) ?? plans.find((p) => p.fields.includes('code'));
  const view: ListView & { readAll(): RowRead[] } = {
    element: grid.element,
    fields,
    // No text read here: the overlay walks this on every pass, and readRow reads each cell once.
    *rowElements() {
      let n = 0;
      for (const row of grid.bodyRows()) {
        if (rowSpansAll(row)) continue;
        positions.set(row, n++);
        yield row;
      }
    },
    readRow: (row, previous) => read(row, positions.get(row) ?? -1, previous) ?? undefined,
    dueCell: (row) => (duePlan ? cellFor(rowCells(row), row, duePlan) : undefined),
    readAll: dossierRows,
  };
  if (grid.headerElement) view.headerElement = grid.headerElement;
  return view;
}

interface Located {
  views: Array<ListView & { readAll(): RowRead[] }>;
  diagnostics: Diagnostic[];
}

/** The document's base URL: its `<base href>` (looked up in `<head>` only) or its own URL. */
function baseUrl(doc: Document | null): string | undefined {
  if (!doc) return undefined;
  const href = doc.head?.querySelector('base[href]')?.getAttribute('href');
  try {
    return href ? new URL(href, doc.URL).href : doc.URL;
  } catch {
    return doc.URL;
  }
}

function ownerDocument(root: ParentNode): Document | null {
  return (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
}

function locate(root: ParentNode, profile?: SiteProfile): Located {
  const diagnostics: Diagnostic[] = [];
  let roots: ParentNode[] = [root];
  let trusted = false;
  const selector = profile?.listSelector;
  if (profile && selector && validSelector(selector, diagnostics, ownerDocument(root))) {
    const chosen = Array.from(root.querySelectorAll(selector));
    if (chosen.length > 0) {
      roots = chosen;
      // An officer who picked the list and mapped its columns is believed even for a list the
      // vocabulary would reject; a built-in family profile (no column rules) only narrows the search.
      trusted = Object.keys(profile.columns).length > 0;
    } else diagnostics.push(diagnostic('selector-empty', 'warning', { selector }));
  }
  const views: Located['views'] = [];
  const seen = new Set<Element>();
  for (const r of roots) {
    for (const grid of findGrids(r, diagnostics)) {
      if (seen.has(grid.element)) continue;
      seen.add(grid.element);
      const local: Diagnostic[] = [];
      const view = buildView(grid, profile, local, trusted);
      if (view) {
        views.push(view as Located['views'][number]);
        diagnostics.push(...local);
      }
    }
  }
  if (views.length === 0) diagnostics.push(diagnostic('list-not-found', 'warning'));
  return { views, diagnostics };
}

/** The lists on the page that hold dossiers (layout and statistics tables left out). */
export function locateDossierLists(root: ParentNode, profile?: SiteProfile): ListView[] {
  return locate(root, profile).views;
}

/** Reads every dossier list under `root`; never throws. */
export function readDossierList(root: ParentNode, profile?: SiteProfile): DossierListResult {
  const { views, diagnostics } = locate(root, profile);
  const lists: ListRead[] = [];
  const dossiers: Dossier[] = [];
  for (const view of views) {
    const rows = view.readAll();
    lists.push({ element: view.element, fields: view.fields, rows });
    for (const r of rows) {
      diagnostics.push(...r.problems);
      if (r.dossier) dossiers.push(r.dossier);
    }
  }
  return { lists, dossiers, diagnostics };
}
