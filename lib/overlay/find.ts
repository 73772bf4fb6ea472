import { findCode } from '../portal/values';
import { fold } from '../portal/text';
import { MEANINGS } from '../portal/vocabulary';

/**
 * Whether a document may show what the overlay works on (a dossier list, or a dossier's detail
 * view). The loader asks this of every portal frame; only where the answer is yes is the overlay,
 * with the whole reader (`locateDossierLists`, `readDossierDetail`), injected to read the page. It is
 * generous on purpose, in the reader's own words: a dossier code in the national form on the page, or
 * a label of a dossier code or an appointment column/field. A yes on a page without dossiers costs
 * an injection that then finds nothing and shows nothing; a no on a page with dossiers would hide
 * the flags, so the words are the reader's own strong cues for a code and an appointment (already
 * folded: lower case, no diacritics).
 */
const LABELS = [...MEANINGS.code.cues, ...MEANINGS.dueAt.cues].filter(([, weight]) => weight >= 7).map(([phrase]) => phrase);
/** Text looked at, at most: the labels and codes of a list are near its top. */
const MAX_TEXT = 200_000;

export function mayShowDossiers(doc: Document): boolean {
  const text = (doc.body?.textContent ?? '').slice(0, MAX_TEXT);
  if (findCode(text)) return true;
  const folded = fold(text);
  return LABELS.some((label) => folded.includes(label));
}
