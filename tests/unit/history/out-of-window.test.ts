import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { backupText, exportHistory, openHistory, proposeReportRows, StoredDossierSchema, validateBackup, type StoredDossier } from '../../../lib/history';
import { setAsideOutOfWindow } from '../../../lib/history/out-of-window';
import { mergeDossier } from '../../../lib/history/merge';
import { ORIGIN, sample } from './helpers';

/**
 * Dates stored before the date window was enforced (issue 16 items 2 and 12): a row "due 2200,
 * finished 9999" and a clock override of 2199. The v4 step sets them aside; no dossier is lost.
 */
const NOW = '2026-11-29T14:00';
const d02 = sample('D02');
const d07 = sample('D07');

/** A record as a build before the window stored it (the schema refuses it now, so it is built by hand). */
function pastRecord(): StoredDossier {
  return {
    origin: ORIGIN,
    code: d02.code,
    firstSeen: '2022-05-10T08:00',
    lastSeen: '2199-05-01T08:00',
    snapshot: { ...d02, dueAt: '2200-01-01T16:00', dueDateOnly: true, finishedAt: '9999-12-31T16:00', status: 'finished' },
    events: [
      { status: 'processing', at: '2022-05-05T14:30', seenAt: '2022-05-10T08:00' },
      { status: 'finished', at: '9999-12-31T16:00', seenAt: '2022-05-12T08:00' },
      { status: 'returned', at: '2199-01-01T08:00', seenAt: '2199-05-01T08:00' },
    ],
  };
}

const goodRecord = (): StoredDossier => ({
  origin: ORIGIN,
  code: d07.code,
  firstSeen: '2022-05-05T08:00',
  lastSeen: '2022-05-13T08:00',
  snapshot: d07,
  events: [{ status: 'returned', at: '2022-05-12T10:00', seenAt: '2022-05-13T08:00' }],
});

describe('setting aside the dates outside the window', () => {
  it('takes each one out, keeps its text and leaves a record the schema accepts', () => {
    expect(StoredDossierSchema.safeParse(pastRecord()).success).toBe(false);
    const cleaned = setAsideOutOfWindow(pastRecord(), NOW)!;
    expect(StoredDossierSchema.parse(cleaned)).toEqual(cleaned);
    expect(cleaned.snapshot.dueAt).toBeUndefined();
    expect(cleaned.snapshot.dueDateOnly).toBeUndefined();
    expect(cleaned.snapshot.finishedAt).toBeUndefined();
    expect(cleaned.snapshot.receivedAt).toBe(d02.receivedAt);
    // The finish keeps its sighting as its date; the hand-over seen under a 2199 clock has no date left.
    expect(cleaned.events).toEqual([
      { status: 'processing', at: '2022-05-05T14:30', seenAt: '2022-05-10T08:00' },
      { status: 'finished', at: '2022-05-12T08:00', seenAt: '2022-05-12T08:00' },
    ]);
    expect(cleaned).toMatchObject({ firstSeen: '2022-05-10T08:00', lastSeen: '2022-05-12T08:00' });
    expect(cleaned.setAside).toEqual([
      { field: 'snapshot.dueAt', value: '2200-01-01T16:00' },
      { field: 'snapshot.finishedAt', value: '9999-12-31T16:00' },
      { field: 'events.1.at', value: '9999-12-31T16:00' },
      { field: 'events.2.at', value: '2199-01-01T08:00' },
      { field: 'events.2.seenAt', value: '2199-05-01T08:00' },
      { field: 'lastSeen', value: '2199-05-01T08:00' },
    ]);
  });

  it('keeps the set-aside dates through a merge of backups, whichever file wins, in any order', () => {
    const cleaned = setAsideOutOfWindow(pastRecord(), NOW)!;
    const later = { ...cleaned, lastSeen: '2022-05-20T08:00', setAside: undefined };
    delete later.setAside;
    const one = mergeDossier(cleaned, later);
    expect(one.lastSeen).toBe('2022-05-20T08:00');
    expect(one.setAside).toHaveLength(cleaned.setAside!.length);
    expect(mergeDossier(later, cleaned)).toEqual(one);
  });

  it('leaves a record inside the window alone', () => {
    expect(setAsideOutOfWindow(goodRecord(), NOW)).toBeUndefined();
  });
});

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** The schema exactly as versions 1–3 left it, frozen here. */
function frozenV3(db: IDBDatabase): void {
  const dossiers = db.createObjectStore('dossiers', { keyPath: ['origin', 'code'] });
  dossiers.createIndex('by-code', 'code');
  dossiers.createIndex('by-last-seen', 'lastSeen');
  dossiers.createIndex('by-code-key', 'keys.code', { multiEntry: true });
  dossiers.createIndex('by-applicant', 'keys.applicant', { multiEntry: true });
  dossiers.createIndex('by-procedure', 'keys.procedure');
  dossiers.createIndex('by-unit', 'keys.unit');
  dossiers.createIndex('by-received-month', 'keys.received');
  dossiers.createIndex('by-due-month', 'keys.due');
  dossiers.createIndex('by-returned-month', 'keys.returned');
  dossiers.createIndex('by-sent-back-month', 'keys.sentBack', { multiEntry: true });
  dossiers.createIndex('by-late-month', 'keys.lateSpan', { multiEntry: true });
  dossiers.createIndex('by-open-due-month', 'keys.openDue');
  dossiers.createIndex('by-codes', 'keys.codes', { multiEntry: true });
  const documents = db.createObjectStore('documents', { keyPath: 'id' });
  documents.createIndex('by-code', 'codes', { multiEntry: true });
  documents.createIndex('by-created', 'createdAt');
  const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
  drafts.createIndex('by-updated', 'updatedAt');
}

async function storedAt(version: 1 | 3, factory: IDBFactory, name: string, records: object[], drafts: object[] = []): Promise<void> {
  const open = factory.open(name, version);
  open.onupgradeneeded = () => {
    if (version === 3) frozenV3(open.result);
    else {
      const dossiers = open.result.createObjectStore('dossiers', { keyPath: ['origin', 'code'] });
      dossiers.createIndex('by-code', 'code');
      dossiers.createIndex('by-last-seen', 'lastSeen');
      open.result.createObjectStore('documents', { keyPath: 'id' }).createIndex('by-code', 'codes', { multiEntry: true });
      open.result.createObjectStore('drafts', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
    }
  };
  const db = await request(open);
  const tx = db.transaction(['dossiers', 'drafts'], 'readwrite');
  for (const record of records) tx.objectStore('dossiers').put(record);
  for (const draft of drafts) tx.objectStore('drafts').put(draft);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

/** A draft whose late row copied a receipt "in 1900" from its dossier. */
const DRAFT = {
  id: 'monthly-report:2022-05-01:2022-05-31',
  period: { from: '2022-05-01', to: '2022-05-31' },
  rows: [{ kind: 'late', origin: ORIGIN, code: d07.code, receivedAt: '1900-05-04T08:30', dueAt: '2022-05-11T16:00', daysLate: 1 }],
  edits: [],
  createdAt: '2022-05-20T08:00',
  updatedAt: '2022-05-20T08:00',
};

describe('the v4 migration', () => {
  it('sets aside the out-of-window dates of a v3 history, keeps every dossier, and the history exports again', async () => {
    const factory = new IDBFactory();
    // Keys as the build before the window wrote them: a late span from 2200 to 9999 cut short here.
    const keys = (d: StoredDossier) => ({ code: [], codes: [d.code], applicant: [], sentBack: [], lateSpan: [] as string[] });
    await storedAt(3, factory, 'v3', [
      { ...pastRecord(), keys: { ...keys(pastRecord()), due: '2200-01', lateSpan: ['2200-01', '2200-02'] } },
      { ...goodRecord(), keys: keys(goodRecord()) },
    ], [DRAFT]);
    const db = await openHistory('v3', { indexedDB: factory });
    expect(db.version).toBe(4);
    const all = await db.getAll('dossiers');
    expect(all.map((d) => d.code).sort()).toEqual([d02.code, d07.code].sort());
    const cleaned = all.find((d) => d.code === d02.code)!;
    expect(cleaned.snapshot.dueAt).toBeUndefined();
    expect(cleaned.setAside?.map((s) => s.value)).toContain('9999-12-31T16:00');
    expect(cleaned.keys.lateSpan).toEqual([]);
    expect(await db.getAllFromIndex('dossiers', 'by-late-month', '2200-01')).toEqual([]);
    expect(all.find((d) => d.code === d07.code)!.setAside).toBeUndefined();
    // The officer's own backup restores again: every date in it lies inside the window.
    const draft = await db.get('drafts', DRAFT.id);
    expect(draft!.rows[0]).toEqual({ kind: 'late', origin: ORIGIN, code: d07.code, dueAt: '2022-05-11T16:00', daysLate: 1 });
    const backup = validateBackup(backupText(await exportHistory(db, { now: NOW })));
    expect(backup.dossiers).toHaveLength(2);
    expect(backup.drafts).toHaveLength(1);
    db.close();
  });

  it('upgrades a v1 history whose late span ran to 9999, which once stopped the v2 step', async () => {
    const factory = new IDBFactory();
    await storedAt(1, factory, 'v1', [pastRecord(), goodRecord()]);
    const db = await openHistory('v1', { indexedDB: factory });
    expect(db.version).toBe(4);
    expect(await db.count('dossiers')).toBe(2);
    const report = await proposeReportRows(db, { from: '2022-05-01', to: '2022-05-31' }, '2022-05-20T08:00');
    expect(report.late.map((r) => r.code)).toEqual([d07.code]);
    db.close();
  });
});
