import { findCode } from '../portal/values';
import { foldLoose } from '../portal/text';
import { DATE_WORDS, MEANINGS, type Field } from '../portal/vocabulary';
import { GRID_CONTAINERS, HEADER_CELLS } from '../portal/selectors';

/**
 * Whether a document may show what the overlay works on (a dossier list, or a dossier's detail
 * view). The loader asks this of every portal frame; only where the answer is yes is the overlay,
 * with the whole reader (`locateDossierLists`, `readDossierDetail`), injected to read the page. It is
 * generous on purpose, in the reader's own words: a dossier code in the national form on the page, a
 * label of a dossier code or an appointment column/field, or a grid that looks like a dossier list
 * (`looksLikeDossierGrid`). A yes on a page without dossiers costs an injection that then finds
 * nothing and shows nothing; a no on a page with dossiers would hide the flags, and on a portal the
 * reader does not know it would hide the panel's "Chỉ cho Nhắc Hạn cột nào là gì" too (the overlay's
 * `unreadList` offers it). The words are the reader's own strong cues (already folded: lower case,
 * no diacritics, so the page's text is folded the same way).
 */
const STRONG = 7;
const strong = (field: Field) => MEANINGS[field].cues.filter(([, weight]) => weight >= STRONG).map(([phrase]) => phrase);
/** Whole words only: "hen" is a cue, "khen" is not. */
const words = (phrases: readonly string[]) => new RegExp(`\\b(?:${phrases.join('|')})\\b`);
const LABEL = words([...strong('code'), ...strong('dueAt')]);
/** Text looked at, at most: the labels and codes of a list are near its top. */
const MAX_TEXT = 200_000;

export function mayShowDossiers(doc: Document): boolean {
  const text = pageText(doc);
  if (findCode(text)) return true;
  if (LABEL.test(foldLoose(text))) return true;
  return hasDates(text) && looksLikeDossierGrid(doc);
}

/**
 * The fields whose strong cues make a column header dossier-like, each with the reader's vetoes
 * ("Procedure code" is not a dossier code), and the dossier itself ("hồ sơ", "dossier") as one more.
 * Status, finish and agency words are left out: a staff list has a "Trạng thái", a work calendar a
 * "Ngày kết thúc", a fee table a "Cơ quan thu".
 */
const DOSSIER_HEADERS: ReadonlyArray<{ cue: RegExp; veto?: RegExp }> = [
  ...(['code', 'procedure', 'applicant', 'submittedAt', 'receivedAt', 'dueAt', 'returnedAt'] as const).map((field) => {
    const vetoes = MEANINGS[field].vetoes;
    return { cue: words(strong(field)), veto: vetoes && words(vetoes) };
  }),
  { cue: words(['ho so', 'dossier']) },
];
/** A header that names a point in time ("Ngày nhận", "Thời gian", "Received on"). */
const DATE_HEADER = words(DATE_WORDS);
/** A date value as portals print them: 05/05/2022, 05-05-2022, 05.05.2022, 2022-05-05. */
const DATE_VALUE = /\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})\b/g;
/** Dates a list shows at least: two rows of one date each. */
const MIN_DATES = 2;
/** Header cells looked at, at most, and tables whose first row may be their header (`<td>` headers). */
const MAX_HEADER_CELLS = 60;
const MAX_TABLES = 10;
/** Dossier-like headers a grid needs, of different fields; one of its headers must name a date. */
const MIN_DOSSIER_HEADERS = 2;
const MIN_COLUMNS = 3;

function hasDates(text: string): boolean {
  DATE_VALUE.lastIndex = 0;
  for (let found = 0; DATE_VALUE.exec(text); ) if (++found >= MIN_DATES) return true;
  return false;
}

/**
 * Whether a grid's header row reads like a dossier list's: three or more columns, two of them
 * dossier fields of different kinds ("Người nộp" and "Ngày nhận", "Thủ tục" and "Ngày tiếp nhận"),
 * one of them a date, while the page shows dates (`hasDates`). A fee table ("Tên thủ tục · Mức
 * thu · Ngày áp dụng"), a staff list ("Họ và tên · Chức vụ · Ngày sinh") or a work calendar has at
 * most one such field, and costs the loader this look only. Bounded: the first header cells of the
 * page (`th`, `columnheader`) and the first row of its first tables, no layout read; a split grid
 * (header and body in two tables) is judged by its header table, the dates by the page's text.
 */
export function looksLikeDossierGrid(doc: Document): boolean {
  const headers = new Map<Element, Set<Element>>();
  const add = (cell: Element) => {
    const grid = cell.closest(GRID_CONTAINERS) ?? cell.parentElement;
    if (!grid) return;
    const cells = headers.get(grid) ?? new Set<Element>();
    headers.set(grid, cells.add(cell));
  };
  // Live collections read by index stop at the index; `length` would count the whole page.
  const th = doc.getElementsByTagName('th');
  for (let i = 0, cell = th[0]; cell && i < MAX_HEADER_CELLS; cell = th[++i]) add(cell);
  const roles = doc.querySelectorAll(HEADER_CELLS);
  for (let i = 0; i < roles.length && i < MAX_HEADER_CELLS; i++) add(roles[i]!);
  const tables = doc.getElementsByTagName('table');
  for (let i = 0, table = tables[0]; table && i < MAX_TABLES; table = tables[++i]) {
    const first = (table as HTMLTableElement).rows[0];
    for (let j = 0, cell = first?.cells[0]; cell && j < MAX_HEADER_CELLS; cell = first!.cells[++j]) add(cell);
  }
  for (const cells of headers.values()) if (dossierHeader([...cells].map((c) => foldLoose(c.textContent ?? '')))) return true;
  return false;
}

function dossierHeader(texts: readonly string[]): boolean {
  if (texts.length < MIN_COLUMNS || !texts.some((t) => DATE_HEADER.test(t))) return false;
  const kinds = DOSSIER_HEADERS.filter(({ cue, veto }) => texts.some((t) => cue.test(t) && !veto?.test(t)));
  return kinds.length >= MIN_DOSSIER_HEADERS;
}

const ELEMENT_NODE = 1;

/**
 * Whether a burst of the page's mutations may have brought dossiers, so the loader looks again:
 * elements added (a route rendered, an XHR's rows or detail view inserted), or text changed inside a
 * table or grid (a list refilled in place). Text changing anywhere else (a ticking clock, a counter,
 * a session timer) is not looked at: a page without dossiers that keeps changing would otherwise
 * cost a walk of its whole text five times a second.
 */
export function mayBringDossiers(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    if (record.type === 'childList') {
      for (const node of record.addedNodes) if (node.nodeType === ELEMENT_NODE) return true;
      if (record.addedNodes.length > 0 && inGrid(record.target)) return true;
    } else if (record.type === 'characterData' && inGrid(record.target)) return true;
  }
  return false;
}

function inGrid(node: Node): boolean {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(GRID_CONTAINERS) != null;
}

const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT, spelled out: the constant is not global in every test DOM
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The page's text with a space between text nodes: `textContent` runs cells together
 * ("Số biên nhậnNgười nộp", "1000.00.57.H21-…"), which hides a code or a label from a whole-word test.
 */
function pageText(doc: Document): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < MAX_TEXT; node = walker.nextNode()) {
    if (NOT_SHOWN.has(node.parentElement?.tagName ?? '')) continue;
    const data = (node as Text).data;
    parts.push(data);
    length += data.length + 1;
  }
  return parts.join(' ');
}
