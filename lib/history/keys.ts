import { monthOf, monthsFromTo, type Month } from '../time/strings';
import { codeKeys, searchKey, words } from './normalize';
import type { StoredDossier } from './records';
import { completedAt, isClosedWithoutResult, sendBacks } from './outcome';

/**
 * Values derived from a dossier for the indexes (schema v2). They are recomputed on every write and
 * never exported, so a backup holds facts only and the index design can change without a new format.
 */
export interface SearchKeys {
  code: string[];
  applicant: string[];
  /** The whole folded procedure name: an office has a few hundred, searched by walking the distinct names. */
  procedure?: string;
  unit?: string;
  received?: Month;
  due?: Month;
  /** Month the result was handed to the citizen. */
  returned?: Month;
  /** Months in which an office refused or sent the dossier back. */
  sentBack: Month[];
  /** For a dossier completed late: every month from its appointment to its completion. */
  lateSpan: Month[];
  /** For a dossier not completed (and not refused): the month of its appointment. */
  openDue?: Month;
}

export type DossierRecord = StoredDossier & { keys: SearchKeys };

export function searchKeys(d: StoredDossier): SearchKeys {
  const s = d.snapshot;
  const done = completedAt(d);
  const keys: SearchKeys = {
    code: codeKeys(d.code),
    applicant: words(s.applicant),
    sentBack: [...new Set(sendBacks(d).map((b) => monthOf(b.at)))],
    lateSpan: [],
  };
  if (s.procedure !== undefined) keys.procedure = searchKey(s.procedure);
  if (s.agency !== undefined) keys.unit = searchKey(s.agency);
  if (s.receivedAt !== undefined) keys.received = monthOf(s.receivedAt);
  if (s.dueAt !== undefined) keys.due = monthOf(s.dueAt);
  if (s.returnedAt !== undefined) keys.returned = monthOf(s.returnedAt);
  if (s.dueAt !== undefined && !isClosedWithoutResult(d)) {
    if (done === undefined) keys.openDue = monthOf(s.dueAt);
    else if (done > s.dueAt) keys.lateSpan = monthsFromTo(monthOf(s.dueAt), monthOf(done));
  }
  return keys;
}

export function withKeys(d: StoredDossier): DossierRecord {
  return { ...d, keys: searchKeys(d) };
}

/** The record without its derived keys: what backups carry and what merges compare. */
export function withoutKeys(record: DossierRecord): StoredDossier {
  const { keys: _keys, ...stored } = record;
  return stored;
}
