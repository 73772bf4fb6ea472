import type { IDBPDatabase } from 'idb';

/**
 * Version 1: the three stores, keyed for lookups by identity only. Dossiers are keyed by
 * [origin, code] because two portals may reuse a code; `by-last-seen` serves retention.
 */
export function upgradeToV1(db: IDBPDatabase<unknown>): void {
  const dossiers = db.createObjectStore('dossiers', { keyPath: ['origin', 'code'] });
  dossiers.createIndex('by-code', 'code');
  dossiers.createIndex('by-last-seen', 'lastSeen');
  const documents = db.createObjectStore('documents', { keyPath: 'id' });
  documents.createIndex('by-code', 'codes', { multiEntry: true });
  documents.createIndex('by-created', 'createdAt');
  const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
  drafts.createIndex('by-updated', 'updatedAt');
}
