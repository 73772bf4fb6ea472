import type { DBSchema, IDBPDatabase } from 'idb';
import type { DossierRecord } from './keys';
import type { DocumentRecord, DraftRecord } from './records';

import { inDateWindow } from '../time/window';

/** The database every extension page and the background share. */
export const DEFAULT_DB_NAME = 'nhac-han';

/**
 * The history of an as-of session, kept apart: while an as-of override is set, what the overlay
 * reads is recorded here at the as-of time, so the real history's clocks, its retention and its
 * status changes are never moved by a date chosen for a preview or a demo. It is discarded when the
 * override is cleared.
 */
export const AS_OF_DB_NAME = 'nhac-han-as-of';

/** The history in use for the settings' `asOf` ('' for the real clock; one outside the date window is ignored). */
export function historyNameFor(asOf: string): string {
  return asOf !== '' && inDateWindow(asOf) ? AS_OF_DB_NAME : DEFAULT_DB_NAME;
}

/** Bumped with each file in `migrations/`; `migrations/index.ts` lists one step per version. */
export const DB_VERSION = 4;

export type DossierKey = [origin: string, code: string];

export interface HistorySchema extends DBSchema {
  dossiers: {
    key: DossierKey;
    value: DossierRecord;
    indexes: {
      'by-code': string;
      'by-last-seen': string;
      'by-code-key': string;
      'by-codes': string;
      'by-applicant': string;
      'by-procedure': string;
      'by-unit': string;
      'by-received-month': string;
      'by-due-month': string;
      'by-returned-month': string;
      'by-sent-back-month': string;
      'by-late-month': string;
      'by-open-due-month': string;
    };
  };
  documents: {
    key: string;
    value: DocumentRecord;
    indexes: { 'by-code': string; 'by-created': string };
  };
  drafts: {
    key: string;
    value: DraftRecord;
    indexes: { 'by-updated': string };
  };
}

export type HistoryDB = IDBPDatabase<HistorySchema>;
export const STORES = ['dossiers', 'documents', 'drafts'] as const;
