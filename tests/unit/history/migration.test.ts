import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, HistoryError, openHistory, proposeReportRows, searchHistory } from '../../../lib/history';
import { ORIGIN, sample } from './helpers';

/**
 * The schema exactly as version 1 of the code wrote it, frozen here: later edits to
 * lib/history/migrations/v1.ts must not change what these tests start from.
 */
function frozenUpgradeToV1(db: IDBDatabase): void {
  const dossiers = db.createObjectStore('dossiers', { keyPath: ['origin', 'code'] });
  dossiers.createIndex('by-code', 'code');
  dossiers.createIndex('by-last-seen', 'lastSeen');
  const documents = db.createObjectStore('documents', { keyPath: 'id' });
  documents.createIndex('by-code', 'codes', { multiEntry: true });
  documents.createIndex('by-created', 'createdAt');
  const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
  drafts.createIndex('by-updated', 'updatedAt');
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

function openV1(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const open = factory.open(name, 1);
  open.onupgradeneeded = () => frozenUpgradeToV1(open.result);
  return request(open);
}

/** Records as version 1 wrote them: no derived search keys. */
const d07 = sample('D07');
const d08 = sample('D08');
const d11 = sample('D11');
const V1_DOSSIERS = [
  {
    origin: ORIGIN,
    code: d07.code,
    firstSeen: '2022-05-05T08:00',
    lastSeen: '2022-05-13T08:00',
    snapshot: d07,
    events: [
      { status: 'processing', at: '2022-05-04T08:30', seenAt: '2022-05-05T08:00' },
      { status: 'returned', at: '2022-05-12T10:00', seenAt: '2022-05-13T08:00' },
    ],
  },
  {
    origin: ORIGIN,
    code: d08.code,
    firstSeen: '2022-05-12T11:00',
    lastSeen: '2022-05-13T09:00',
    snapshot: d08,
    events: [
      { status: 'processing', at: '2022-05-12T10:10', seenAt: '2022-05-12T11:00' },
      { status: 'refused', at: '2022-05-13T09:00', seenAt: '2022-05-13T09:00', reason: 'Hồ sơ không thuộc thẩm quyền' },
    ],
  },
  {
    origin: ORIGIN,
    code: d11.code,
    firstSeen: '2022-05-07T08:00',
    lastSeen: '2022-05-19T08:00',
    snapshot: d11,
    events: [{ status: 'finished', at: '2022-05-18T16:00', seenAt: '2022-05-19T08:00' }],
  },
];
const V1_DOCUMENT = {
  id: 'doc-1',
  kind: 'apology-letter',
  codes: [d07.code],
  createdAt: '2022-05-11T09:00',
  template: 'default:apology-letter@1',
  data: { applicant: 'Hoàng Thị Ví Dụ' },
};
const V1_DRAFT = { id: 'draft-2022-05', period: { from: '2022-05-01', to: '2022-05-31' }, rows: [], edits: [], createdAt: '2022-05-20T08:00', updatedAt: '2022-05-20T08:00' };

async function fillV1(factory: IDBFactory, name: string): Promise<void> {
  const db = await openV1(factory, name);
  const tx = db.transaction(['dossiers', 'documents', 'drafts'], 'readwrite');
  for (const d of V1_DOSSIERS) tx.objectStore('dossiers').put(d);
  tx.objectStore('documents').put(V1_DOCUMENT);
  tx.objectStore('drafts').put(V1_DRAFT);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('schema migrations', () => {
  it('has one upgrade step per version and today is version 4', () => {
    expect(DB_VERSION).toBe(4);
  });

  it('opens a database written by version 1 and finds every record through the new indexes', async () => {
    const factory = new IDBFactory();
    await fillV1(factory, 'old');
    const db = await openHistory('old', { indexedDB: factory });
    expect(db.version).toBe(4);
    expect(await db.count('dossiers')).toBe(3);
    expect(await db.get('documents', 'doc-1')).toEqual(V1_DOCUMENT);
    expect(await db.get('drafts', 'draft-2022-05')).toEqual(V1_DRAFT);
    for (const d of V1_DOSSIERS) {
      const hits = await searchHistory(db, { text: d.code.slice(-11), field: 'code', asOf: '2022-05-20T08:00' });
      expect(hits.map((h) => h.dossier)).toEqual([d]);
    }
    const byName = await searchHistory(db, { text: 'hoang thi vi du', field: 'applicant', asOf: '2022-05-20T08:00' });
    expect(byName.map((h) => h.dossier.code)).toEqual([d07.code]);
    const report = await proposeReportRows(db, { from: '2022-05-01', to: '2022-05-31' }, '2022-05-20T08:00');
    expect(report.sentBack.map((r) => r.code)).toEqual([d08.code]);
    expect(report.late.map((r) => r.code)).toEqual([d07.code, d11.code]);
    db.close();
  });

  it('merges the records of one portal that a page showed to be one dossier, and no others (v3)', async () => {
    const factory = new IDBFactory();
    const d02 = sample('D02');
    const d09 = sample('D09');
    const OLD_D02 = '000.00.57.H21-220505-0007';
    const record = (code: string, lastSeen: string, snapshot: object) => ({
      origin: ORIGIN,
      code,
      firstSeen: lastSeen,
      lastSeen,
      snapshot: { ...snapshot, code },
      events: [{ status: 'processing', at: '2022-05-05T14:30', seenAt: lastSeen }],
    });
    const db1 = await openV1(factory, 'dupes');
    const tx = db1.transaction('dossiers', 'readwrite');
    // The list printed the old code; the detail view printed the new one with the old beside it.
    tx.objectStore('dossiers').put(record(OLD_D02, '2022-05-18T08:00', d02));
    tx.objectStore('dossiers').put(record(d02.code, '2022-05-19T08:00', { ...d02, otherCodes: [OLD_D02] }));
    // D09's two codes were never shown together: they stay two records.
    tx.objectStore('dossiers').put(record('000.00.57.H21-220516-0013', '2022-05-18T08:00', d09));
    tx.objectStore('dossiers').put(record(d09.code, '2022-05-19T08:00', d09));
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db1.close();

    const db = await openHistory('dupes', { indexedDB: factory });
    const all = await db.getAll('dossiers');
    expect(all.map((d) => d.code).sort()).toEqual(['000.00.57.H21-220516-0013', d02.code, d09.code].sort());
    const merged = all.find((d) => d.code === d02.code)!;
    expect(merged).toMatchObject({ aliases: [OLD_D02], firstSeen: '2022-05-18T08:00', lastSeen: '2022-05-19T08:00' });
    expect(await db.getAllFromIndex('dossiers', 'by-codes', OLD_D02)).toHaveLength(1);
    db.close();
  });

  it('reopening an up-to-date database changes nothing', async () => {
    const factory = new IDBFactory();
    await fillV1(factory, 'twice');
    (await openHistory('twice', { indexedDB: factory })).close();
    const db = await openHistory('twice', { indexedDB: factory });
    expect(await db.count('dossiers')).toBe(3);
    db.close();
  });
});

describe('opening', () => {
  it('a blocked upgrade fails with a typed error and leaves the old database and its data intact', async () => {
    const factory = new IDBFactory();
    await fillV1(factory, 'held');
    // Another tab still runs the old code: it holds a version 1 connection and never lets go.
    const oldTab = await openV1(factory, 'held');
    const error = await openHistory('held', { indexedDB: factory }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HistoryError);
    expect(error).toMatchObject({ code: 'blocked' });
    expect((error as Error).message).toContain('một thẻ hoặc cửa sổ khác đang mở phiên bản cũ');
    expect((error as Error).message).toContain('another tab or window has the old version open');
    oldTab.close();
    // The upgrade that was waiting for the old tab is abandoned, not applied behind the caller's back.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const still = await openV1(factory, 'held');
    expect(still.version).toBe(1);
    expect(await request(still.transaction('dossiers').objectStore('dossiers').count())).toBe(3);
    still.close();
    const db = await openHistory('held', { indexedDB: factory });
    expect(await db.count('dossiers')).toBe(3);
    db.close();
  });

  it('closes its own connection when another tab asks for a newer version, and says so', async () => {
    const factory = new IDBFactory();
    let told = false;
    await openHistory('shared', { indexedDB: factory, onBlocking: () => (told = true) });
    const newer = await request(factory.open('shared', DB_VERSION + 1));
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(told).toBe(true);
    newer.close();
  });

  it('refuses a database from a newer build with a typed error', async () => {
    const factory = new IDBFactory();
    (await request(factory.open('future', DB_VERSION + 1))).close();
    await expect(openHistory('future', { indexedDB: factory })).rejects.toMatchObject({ code: 'version-too-new' });
  });

  it("uses the name 'nhac-han' by default", async () => {
    const factory = new IDBFactory();
    const db = await openHistory(undefined, { indexedDB: factory });
    expect(db.name).toBe('nhac-han');
    db.close();
  });
});
