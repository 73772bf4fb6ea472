/**
 * A page where no dossier list was read but a grid looks like one: why it was not read, said once
 * per page in the console (Vietnamese and English, from the catalogue) and in the panel, where the
 * officer can then teach the page ("Chỉ cho Nhắc Hạn cột nào là gì"). Issue 11 item 8: "a list that
 * is not found logs once to the console with the reason".
 *
 * A table that is not a dossier list stays silent: only a grid of at least two rows and three
 * columns whose header names two dossier fields including a date (the code unrecognised), or which
 * shows dossier codes of the national form (no date recognised), counts as one.
 */
import { diagnostic, describeDiagnostic, type Diagnostic } from './diagnostics';
import { findGrids, rowCells, type Grid } from './grid';
import { SURE_SCORE, resolveHeader } from './headers';
import { findCode } from './values';
import { FIELD_LABELS, type Field } from './vocabulary';

const DATE_FIELDS: ReadonlySet<Field> = new Set(['submittedAt', 'receivedAt', 'dueAt', 'finishedAt', 'returnedAt', 'remaining']);
const CODE_FIELDS: ReadonlySet<Field> = new Set(['code', 'info']);
/** Rows whose text is looked at for codes: a list shows its codes in its first rows. */
const SAMPLE_ROWS = 5;
const MIN_ROWS = 2;
const MIN_COLUMNS = 3;

function explain(grid: Grid): Diagnostic | undefined {
  // The rows are walked lazily; only the first few are ever looked at.
  const rows: Element[] = [];
  for (const row of grid.bodyRows()) if (rows.push(row) >= SAMPLE_ROWS) break;
  if (rows.length < MIN_ROWS) return undefined;
  const columns = resolveHeader(grid.headerRows);
  if (columns.length < MIN_COLUMNS || rowCells(rows[0]!).length < MIN_COLUMNS) return undefined;
  const fields = new Set<Field>();
  let code = false;
  for (const c of columns) {
    for (const f of c.fields) if (f !== 'ignored') fields.add(f);
    if (c.fields.some((f) => CODE_FIELDS.has(f)) && (c.candidates[0]?.score ?? 0) >= SURE_SCORE) code = true;
  }
  code ||= rows.some((r) => findCode(r.textContent ?? '') !== undefined);
  const dated = [...fields].some((f) => DATE_FIELDS.has(f));
  const named = [...fields].map((f) => FIELD_LABELS[f]).join(', ');
  if (!code && dated && fields.size >= 2) return diagnostic('list-unread-no-code', 'warning', { fields: named });
  if (code && !dated) return diagnostic('list-unread-no-date', 'warning', { fields: named || FIELD_LABELS.code });
  return undefined;
}

/**
 * Why the first grid under `root` that looks like a dossier list was not read as one (`read`: the
 * list elements the reader did take), or undefined when no grid looks like one.
 */
export function unreadList(root: ParentNode, read: readonly Element[] = []): Diagnostic | undefined {
  for (const grid of findGrids(root, [])) {
    if (read.includes(grid.element)) continue;
    const why = explain(grid);
    if (why) return why;
  }
  return undefined;
}

/** The page (document and address) each document last logged for: once per page, not per pass. */
const logged = new WeakMap<Document, string>();

/** Says why in the page's console, once per page, in both languages of the catalogue. */
export function logUnreadOnce(doc: Document, why: Diagnostic): void {
  const page = `${doc.URL}\n${why.code}`;
  if (logged.get(doc) === page) return;
  logged.set(doc, page);
  console.warn(`[Nhắc Hạn] ${describeDiagnostic(why, 'vi')} / ${describeDiagnostic(why, 'en')}`);
}
