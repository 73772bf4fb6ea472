import { describe, expect, it } from 'vitest';
import {
  exportHistory,
  HistoryImportError,
  importHistory,
  recordObservations,
  saveDocument,
  saveDraft,
  searchHistory,
  type HistoryBackup,
  type HistoryDB,
} from '../../../lib/history';
import { freshHistory, observation, ORIGIN, sample } from './helpers';

const NOW = '2022-05-20T08:00';

async function filledHistory(): Promise<HistoryDB> {
  const { db } = await freshHistory();
  await recordObservations(db, [
    observation('2022-05-12T11:00', [sample('D08', { status: 'processing', reason: undefined })]),
    observation('2022-05-13T09:00', [sample('D08')]),
  ]);
  await recordObservations(db, [observation(NOW, [sample('D01'), sample('D02'), sample('D07'), sample('D11')])]);
  await saveDocument(db, {
    id: 'apology-D02',
    kind: 'apology-letter',
    codes: [sample('D02').code],
    createdAt: '2022-05-17T15:00',
    template: 'default:apology-letter@1',
    data: { applicant: 'Trần Thị Mẫu', newDueAt: '2022-05-24T16:00', lines: [1, 2, null, true] },
  });
  await saveDocument(db, {
    id: 'report-2022-04',
    kind: 'monthly-report',
    codes: [],
    createdAt: '2022-05-02T09:00',
    template: 'a'.repeat(64),
    fileName: 'bao-cao-thang-04.docx',
    fileBase64: 'UEsDBBQAAAAIAA==',
  });
  await saveDraft(db, {
    id: 'draft-2022-05',
    period: { from: '2022-05-01', to: '2022-05-31' },
    label: 'Tháng 05/2022',
    rows: [{ kind: 'late', origin: ORIGIN, code: sample('D07').code, daysLate: 2 }],
    edits: [{ rowKey: `late|${ORIGIN}|${sample('D07').code}|`, field: 'reason', value: 'Chờ ý kiến của Phòng Tài nguyên' }],
    createdAt: '2022-05-20T08:05',
    updatedAt: '2022-05-20T08:10',
  });
  return db;
}

describe('export and import', () => {
  it('export → import (replace) into an empty database → export gives the same JSON', async () => {
    const source = await filledHistory();
    const first = await exportHistory(source, { now: NOW });
    expect(first).toMatchObject({ format: 'nhac-han/history', formatVersion: 1, counts: { dossiers: 5, documents: 2, drafts: 1 } });
    const { db: target } = await freshHistory();
    expect(await importHistory(target, JSON.stringify(first), { mode: 'replace' })).toEqual({
      added: 8,
      updated: 0,
      unchanged: 0,
      removed: 0,
    });
    const second = await exportHistory(target, { now: '2022-06-01T10:00' });
    expect(JSON.stringify({ ...second, exportedAt: NOW })).toBe(JSON.stringify(first));
    // The derived keys were rebuilt: the imported history is searchable.
    expect((await searchHistory(target, { text: 'tran thi mau', asOf: NOW })).map((h) => h.dossier.code)).toEqual([sample('D02').code]);
  });

  it('replace reports what it added, updated, kept and removed', async () => {
    const db = await filledHistory();
    const backup = await exportHistory(db, { now: NOW });
    const edited: HistoryBackup = {
      ...backup,
      counts: { ...backup.counts, dossiers: backup.dossiers.length - 1 },
      dossiers: backup.dossiers.slice(1).map((d, i) => (i === 0 ? { ...d, lastSeen: '2022-05-21T08:00' } : d)),
    };
    expect(await importHistory(db, edited, { mode: 'replace' })).toEqual({ added: 0, updated: 1, unchanged: 6, removed: 1 });
    expect((await exportHistory(db, { now: NOW })).dossiers).toEqual(edited.dossiers);
  });

  it('merging two officers’ exports keeps the newest snapshot and both histories', async () => {
    const d02 = sample('D02');
    const { db: officerA } = await freshHistory();
    await recordObservations(officerA, [observation('2022-05-06T08:00', [d02])]);
    await recordObservations(officerA, [observation('2022-05-10T08:00', [{ ...d02, status: 'waiting-additions', reason: 'Thiếu giấy tờ' }])]);
    const { db: officerB } = await freshHistory();
    await recordObservations(officerB, [observation('2022-05-09T08:00', [{ ...d02, status: 'waiting-additions', reason: 'Thiếu giấy tờ' }])]);
    await recordObservations(officerB, [observation('2022-05-18T08:00', [{ ...d02, status: 'finished', finishedAt: '2022-05-18T07:30' }])]);
    await recordObservations(officerB, [observation('2022-05-18T08:00', [sample('D09')])]);
    await recordObservations(officerA, [observation('2022-05-06T08:00', [sample('D01')])]);

    const { db: merged } = await freshHistory();
    await importHistory(merged, await exportHistory(officerA), { mode: 'merge' });
    const result = await importHistory(merged, await exportHistory(officerB), { mode: 'merge' });
    expect(result).toEqual({ added: 1, updated: 1, unchanged: 0, removed: 0 });

    const all = (await exportHistory(merged)).dossiers;
    expect(all.map((d) => d.code).sort()).toEqual([sample('D01').code, d02.code, sample('D09').code].sort());
    const record = all.find((d) => d.code === d02.code)!;
    expect(record.snapshot.status).toBe('finished');
    expect([record.firstSeen, record.lastSeen]).toEqual(['2022-05-06T08:00', '2022-05-18T08:00']);
    expect(record.events.map((e) => [e.status, e.at])).toEqual([
      ['processing', '2022-05-05T14:30'],
      ['waiting-additions', '2022-05-09T08:00'],
      ['waiting-additions', '2022-05-10T08:00'],
      ['finished', '2022-05-18T07:30'],
    ]);
    // Merging the same export again changes nothing.
    expect(await importHistory(merged, await exportHistory(officerB), { mode: 'merge' })).toEqual({
      added: 0,
      updated: 0,
      unchanged: 2,
      removed: 0,
    });
  });

  it('merging unions documents and keeps the newer draft', async () => {
    const db = await filledHistory();
    const backup = await exportHistory(db, { now: NOW });
    const { db: other } = await freshHistory();
    await saveDocument(other, {
      id: 'receipt-D01',
      kind: 'receipt',
      codes: [sample('D01').code],
      createdAt: '2022-05-13T09:20',
      template: 'default:receipt@2',
      data: { code: sample('D01').code },
    });
    await saveDraft(other, { ...backup.drafts[0]!, edits: [], updatedAt: '2022-05-20T08:00' });
    await importHistory(other, backup, { mode: 'merge' });
    const after = await exportHistory(other, { now: NOW });
    expect(after.documents.map((d) => d.id)).toEqual(['apology-D02', 'receipt-D01', 'report-2022-04']);
    expect(after.drafts).toEqual(backup.drafts);
  });
});

/** A valid backup's text with one thing broken, for the table below. */
async function hostileFiles(): Promise<[string, unknown, string][]> {
  const db = await filledHistory();
  const good = await exportHistory(db, { now: NOW });
  const text = JSON.stringify(good);
  const clone = (): HistoryBackup => JSON.parse(text) as HistoryBackup;
  const change = (edit: (b: Record<string, any>) => void): string => {
    const b = clone() as unknown as Record<string, any>;
    edit(b);
    return JSON.stringify(b);
  };
  const manyDossiers = { ...clone(), dossiers: new Array(300_001).fill(0), counts: { dossiers: 300_001, documents: 2, drafts: 1 } };
  return [
    ['truncated JSON text', text.slice(0, Math.floor(text.length / 2)), 'import-not-json'],
    ['an empty file', '', 'import-not-json'],
    ['trailing garbage', `${text} x`, 'import-not-json'],
    ['not a backup at all', '{"hello":"world"}', 'import-format'],
    ['a JSON array', '[1,2,3]', 'import-format'],
    ['a newer format version', change((b) => (b.formatVersion = 2)), 'import-newer-version'],
    ['a wrong type for a status', change((b) => (b.dossiers[0].snapshot.status = 42)), 'import-invalid'],
    ['events that are not a list', change((b) => (b.dossiers[1].events = 'none')), 'import-invalid'],
    ['an impossible date 2022-13-45', change((b) => (b.dossiers[0].lastSeen = '2022-13-45T08:00')), 'import-invalid'],
    ['an impossible appointment', change((b) => (b.dossiers[2].snapshot.dueAt = '2022-02-30T16:00')), 'import-invalid'],
    ['a negative count', change((b) => (b.counts.drafts = -1)), 'import-invalid'],
    ['a count that lies', change((b) => (b.counts.dossiers = 4)), 'import-invalid'],
    ['a huge applicant name', change((b) => (b.dossiers[0].snapshot.applicant = 'A'.repeat(100_000))), 'import-invalid'],
    ['a string beyond every limit', change((b) => (b.documents[0].data.blob = 'x'.repeat(21 * 1024 * 1024))), 'import-too-large'],
    ['a __proto__ key deep inside', text.replace('"data":{', '"data":{"__proto__":{"polluted":true},'), 'import-forbidden-key'],
    ['a constructor key', text.replace('"snapshot":{', '"snapshot":{"constructor":{"prototype":{}},'), 'import-forbidden-key'],
    ['a duplicate key', text.replace('"snapshot":{', '"snapshot":{"code":"FAKE",'), 'import-duplicate-key'],
    ['the same dossier twice', change((b) => {
      b.dossiers.push(b.dossiers[0]);
      b.counts.dossiers += 1;
    }), 'import-invalid'],
    ['a template identity that is neither hash nor default', change((b) => (b.documents[0].template = '../../etc/passwd')), 'import-invalid'],
    ['too many dossiers', manyDossiers, 'import-too-large'],
    ['an unknown field (partly corrupt record)', change((b) => (b.drafts[0].extra = 1)), 'import-invalid'],
    ['nesting without end', '['.repeat(10_000) + ']'.repeat(10_000), 'import-too-large'],
  ];
}

describe('hostile and corrupt backups', () => {
  it('rejects each one with a typed error and changes nothing, in both modes', async () => {
    const files = await hostileFiles();
    expect(files.length).toBeGreaterThanOrEqual(20);
    const db = await filledHistory();
    const before = await exportHistory(db, { now: NOW });
    for (const [name, file, code] of files) {
      for (const mode of ['replace', 'merge'] as const) {
        const error = await importHistory(db, file, { mode }).catch((e: unknown) => e);
        expect(error, name).toBeInstanceOf(HistoryImportError);
        expect((error as HistoryImportError).code, name).toBe(code);
        expect((error as Error).message, name).toMatch(/ \/ /);
      }
    }
    expect(await exportHistory(db, { now: NOW })).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('checks a backup passed as an already parsed object for forbidden keys too', async () => {
    const db = await filledHistory();
    const backup = JSON.parse(JSON.stringify(await exportHistory(db))) as Record<string, any>;
    backup.documents[0].data = JSON.parse('{"__proto__":{"polluted":true}}');
    await expect(importHistory(db, backup, { mode: 'merge' })).rejects.toMatchObject({ code: 'import-forbidden-key' });
  });

  it('a storage failure during an import leaves the database as it was', async () => {
    const db = await filledHistory();
    const before = await exportHistory(db, { now: NOW });
    const { db: other } = await freshHistory();
    await recordObservations(other, [observation(NOW, [sample('D03'), sample('D04'), sample('D05')])]);
    const incoming = await exportHistory(other);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (++calls === 2) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      await expect(importHistory(db, incoming, { mode: 'replace' })).rejects.toMatchObject({ code: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(calls).toBe(2);
    expect(await exportHistory(db, { now: NOW })).toEqual(before);
  });
});
