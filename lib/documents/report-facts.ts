/**
 * What the documents already made for a dossier tell its report row, so nothing is typed twice:
 * the apology letter sent (its number and date) and the reason written in the latest explanation
 * or apology letter.
 */
import { ApologyLetterDataSchema, apologyLetterTags } from './apology-letter';
import { ExplanationDataSchema } from './explanation';
import { showDay } from '../time/display';

/** The parts of a stored document (lib/history's DocumentRecord) read here. */
interface MadeDocument {
  kind: string;
  createdAt: string;
  data?: unknown;
}

interface RowFacts {
  /** "Số 12/PXL-UBND ngày 16/05/2022", or "Ngày 16/05/2022" when the letter had no number yet. */
  apology?: string;
  reason?: string;
}

const APOLOGY_KINDS = new Set(['apology-letter', 'apology-letter-2025']);

/** Facts from `documents` (any order); the latest document of each kind wins. */
export function rowFacts(documents: readonly MadeDocument[]): RowFacts {
  const latest = [...documents].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const facts: RowFacts = {};
  for (const doc of latest) {
    if (APOLOGY_KINDS.has(doc.kind) && facts.apology === undefined) {
      const parsed = ApologyLetterDataSchema.safeParse(doc.data);
      const day = showDay(doc.createdAt.slice(0, 10));
      if (parsed.success) {
        const tags = apologyLetterTags(parsed.data);
        const date = parsed.data.issueDate ? tags.issueDateShort : day;
        facts.apology = parsed.data.number ? `Số ${parsed.data.number}/${tags.documentSymbol} ngày ${date}` : `Ngày ${date}`;
        facts.reason ??= parsed.data.reason;
      } else facts.apology = `Ngày ${day}`;
    }
    if (doc.kind === 'explanation' && facts.reason === undefined) {
      const parsed = ExplanationDataSchema.safeParse(doc.data);
      if (parsed.success && parsed.data.reason) facts.reason = parsed.data.reason;
    }
  }
  return facts;
}
