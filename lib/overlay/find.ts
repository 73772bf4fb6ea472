import { findCode } from '../portal/values';
import { foldLoose } from '../portal/text';
import { MEANINGS } from '../portal/vocabulary';
import { GRID_CONTAINERS } from '../portal/selectors';

/**
 * Whether a document may show what the overlay works on (a dossier list, or a dossier's detail
 * view). The loader asks this of every portal frame; only where the answer is yes is the overlay,
 * with the whole reader (`locateDossierLists`, `readDossierDetail`), injected to read the page. It is
 * generous on purpose, in the reader's own words: a dossier code in the national form on the page, or
 * a label of a dossier code or an appointment column/field. A yes on a page without dossiers costs
 * an injection that then finds nothing and shows nothing; a no on a page with dossiers would hide
 * the flags, so the words are the reader's own strong cues for a code and an appointment (already
 * folded: lower case, no diacritics, so the page's text is folded the same way).
 */
const LABELS = [...MEANINGS.code.cues, ...MEANINGS.dueAt.cues].filter(([, weight]) => weight >= 7).map(([phrase]) => phrase);
/** Whole words only: "hen" is a cue, "khen" is not. */
const LABEL = new RegExp(`\\b(?:${LABELS.join('|')})\\b`);
/** Text looked at, at most: the labels and codes of a list are near its top. */
const MAX_TEXT = 200_000;

export function mayShowDossiers(doc: Document): boolean {
  const text = pageText(doc);
  if (findCode(text)) return true;
  return LABEL.test(foldLoose(text));
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
