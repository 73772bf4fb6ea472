import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { HistoryError, openHistory } from '../../../lib/history';

/**
 * A migration step that fails must abort the whole upgrade: the database stays at its old version
 * with its data, and nothing the failed step did half-way is kept. Here the version 2 step makes
 * its first index and then fails, as a step would on a record it cannot convert.
 */
vi.mock('../../../lib/history/migrations/v2', () => ({
  upgradeToV2: async (_db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => {
    tx.objectStore('dossiers').createIndex('by-code-key', 'keys.code', { multiEntry: true });
    throw new Error('a record this step cannot convert');
  },
}));

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** Version 1 as it was written: the stores and one dossier. */
async function versionOne(factory: IDBFactory, name: string): Promise<void> {
  const open = factory.open(name, 1);
  open.onupgradeneeded = () => {
    const dossiers = open.result.createObjectStore('dossiers', { keyPath: ['origin', 'code'] });
    dossiers.createIndex('by-code', 'code');
    dossiers.add({ origin: 'https://motcua.example.gov.vn', code: 'H21.57-220513-0001', snapshot: {}, events: [], lastSeen: '2022-05-13T08:00' });
  };
  (await request(open)).close();
}

describe('a failed migration step', () => {
  it('aborts the upgrade: the open fails with a typed error and version 1 stays as it was', async () => {
    const factory = new IDBFactory();
    await versionOne(factory, 'failing');
    const error = await openHistory('failing', { indexedDB: factory }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HistoryError);
    expect(error).toMatchObject({ code: 'open-failed' });

    const still = await request(factory.open('failing'));
    expect(still.version).toBe(1);
    const store = still.transaction('dossiers').objectStore('dossiers');
    expect([...store.indexNames]).toEqual(['by-code']);
    expect(await request(store.count())).toBe(1);
    still.close();
  });
});
