import type { DBSchema, IDBPDatabase } from 'idb';
import type { DossierRecord } from './keys';
import type { DocumentRecord, DraftRecord } from './records';

/** The database every extension page and the background share. */
export const DEFAULT_DB_NAME = 'nhac-han';

/** Bumped with each file in `migrations/`; `migrations/index.ts` lists one step per version. */
export const DB_VERSION = 3;

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
