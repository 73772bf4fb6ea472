import type { LocalDateTime } from '../dossier/schema';
import type { HistoryDB, HistorySchema } from './db';
import type { Month } from '../time/strings';
import { HistoryError } from './errors';
import type { DossierRecord } from './keys';
import { codeKeys, searchKey, words } from './normalize';
import type { StoredDossier } from './records';
import { withoutKeys } from './keys';
import { outcomeOf, type DossierOutcome } from './outcome';

export type SearchField = 'any' | 'code' | 'applicant' | 'procedure';
export type MonthOf = 'received' | 'due' | 'returned';

export interface HistoryQuery {
  /** Typed by the officer: a code or its tail, or words of the applicant's name or the procedure. */
  text?: string;
  field?: SearchField;
  standing?: DossierOutcome;
  /** The processing agency, compared without diacritics or case. */
  unit?: string;
  month?: { of: MonthOf; month: Month };
  origin?: string;
  /** When "overdue" is judged. */
  asOf: LocalDateTime;
  /** Most recently seen first; at most this many (default 200). */
  limit?: number;
}

export interface HistoryHit {
  dossier: StoredDossier;
  standing: DossierOutcome;
}

type DossierIndex = keyof HistorySchema['dossiers']['indexes'];

const MONTH_INDEX: Record<MonthOf, DossierIndex> = {
  received: 'by-received-month',
  due: 'by-due-month',
  returned: 'by-returned-month',
};

const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

function codeQuery(text: string): string {
  return searchKey(text).replace(/\s/g, '');
}

function matchesText(r: DossierRecord, text: string, field: SearchField): boolean {
  const code = codeQuery(text);
  const tokens = words(text);
  const wordsMatch = (keys: string[]) => tokens.length > 0 && tokens.every((t) => keys.some((k) => k.startsWith(t)));
  return (
    ((field === 'any' || field === 'code') && code.length > 0 && r.keys.code.some((k) => k.startsWith(code))) ||
    ((field === 'any' || field === 'applicant') && wordsMatch(r.keys.applicant)) ||
    ((field === 'any' || field === 'procedure') && wordsMatch(words(r.keys.procedure)))
  );
}

/**
 * The few records worth filtering, read through the most selective index the query allows; only a
 * query by standing alone reads every dossier.
 */
async function candidates(db: HistoryDB, q: HistoryQuery): Promise<DossierRecord[]> {
  const tx = db.transaction('dossiers');
  const index = (name: DossierIndex) => tx.store.index(name);
  if (q.text !== undefined && searchKey(q.text) !== '') {
    const field = q.field ?? 'any';
    const reads: Promise<DossierRecord[]>[] = [];
    const code = codeQuery(q.text);
    if (field === 'any' || field === 'code') reads.push(index('by-code-key').getAll(prefixRange(code)));
    // The longest word narrows most; the other words are checked on the few records it finds.
    const longest = words(q.text).sort((a, b) => b.length - a.length)[0];
    if (longest !== undefined && (field === 'any' || field === 'applicant')) {
      reads.push(index('by-applicant').getAll(prefixRange(longest)));
    }
    if (longest !== undefined && (field === 'any' || field === 'procedure')) {
      const tokens = words(q.text);
      const names: string[] = [];
      // One index entry per dossier keeps writes cheap; the distinct names are few to walk.
      for (let c = await index('by-procedure').openKeyCursor(null, 'nextunique'); c; c = await c.continue()) {
        const name = words(c.key);
        if (tokens.every((t) => name.some((w) => w.startsWith(t)))) names.push(c.key);
      }
      for (const name of names) reads.push(index('by-procedure').getAll(name));
    }
    return (await Promise.all(reads)).flat();
  }
  if (q.month) return index(MONTH_INDEX[q.month.of]).getAll(q.month.month);
  if (q.unit !== undefined) return index('by-unit').getAll(searchKey(q.unit));
  return tx.store.getAll();
}

export async function searchHistory(db: HistoryDB, q: HistoryQuery): Promise<HistoryHit[]> {
  const limit = q.limit ?? 200;
  if (!Number.isInteger(limit) || limit < 1) throw new HistoryError('invalid-argument', { detail: `limit ${limit}` });
  const seen = new Set<string>();
  const hits: HistoryHit[] = [];
  for (const r of await candidates(db, q)) {
    const id = `${r.origin}\u0000${r.code}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (q.text !== undefined && searchKey(q.text) !== '' && !matchesText(r, q.text, q.field ?? 'any')) continue;
    if (q.month && r.keys[q.month.of] !== q.month.month) continue;
    if (q.unit !== undefined && r.keys.unit !== searchKey(q.unit)) continue;
    if (q.origin !== undefined && r.origin !== q.origin) continue;
    const dossier = withoutKeys(r);
    const standing = outcomeOf(dossier, q.asOf);
    if (q.standing !== undefined && standing !== q.standing) continue;
    hits.push({ dossier, standing });
  }
  hits.sort((a, b) => (a.dossier.lastSeen > b.dossier.lastSeen ? -1 : a.dossier.lastSeen < b.dossier.lastSeen ? 1 : 0));
  return hits.slice(0, limit);
}
