import { describe, expect, it } from 'vitest';
import {
  exportHistory,
  HistoryImportError,
  importHistory,
  recordObservations,
  validateBackup,
  type HistoryBackup,
  type StoredDossier,
} from '../../../lib/history';
import { MAX_EVENTS_PER_DOSSIER } from '../../../lib/history/records';
import { freshHistory, observation, ORIGIN, sample } from '../history/helpers';

const pad = (n: number) => String(n).padStart(2, '0');
/** The i-th minute after 2022-05-10 08:00, as a local time. */
const minute = (i: number) => `2022-05-${pad(10 + Math.floor(i / 600))}T${pad(8 + Math.floor((i % 600) / 60))}:${pad(i % 60)}`;

/** A dossier going back and forth between processing and waiting for additions, `changes` times. */
async function flapping(changes: number, from = 0) {
  const { db } = await freshHistory();
  const base = sample('D06', { status: 'processing', reason: undefined, statusText: undefined });
  for (let start = 0; start < changes; start += 200) {
    const batch = Array.from({ length: Math.min(200, changes - start) }, (_, k) => {
      const i = from + start + k;
      return observation(minute(i), [i % 2 === 0 ? base : { ...base, status: 'waiting-additions' as const, reason: `Lần ${i}` }]);
    });
    await recordObservations(db, batch);
  }
  return db;
}

const backupOf = (dossiers: StoredDossier[]): HistoryBackup => ({
  format: 'nhac-han/history',
  formatVersion: 1,
  exportedAt: '2022-06-01T08:00',
  counts: { dossiers: dossiers.length, documents: 0, drafts: 0 },
  dossiers,
  documents: [],
  drafts: [],
});

describe('export and import agree on every limit (issue 16 item 4)', () => {
  it('a dossier with 1,003 changes is exported within the limit and restores', async () => {
    const db = await flapping(1003);
    const backup = await exportHistory(db, { now: '2022-06-01T08:00' });
    const [d] = backup.dossiers;
    expect(d?.events).toHaveLength(MAX_EVENTS_PER_DOSSIER);
    // The receipt stays, and so do the latest changes.
    expect(d?.events[0]?.status).toBe('processing');
    expect(d?.events.at(-1)?.seenAt).toBe(minute(1002));
    const { db: target } = await freshHistory();
    await expect(importHistory(target, JSON.stringify(backup), { mode: 'replace' })).resolves.toMatchObject({ added: 1 });
  });

  it('a merge of two files of 600 changes each stays restorable', async () => {
    const first = await exportHistory(await flapping(600), { now: '2022-06-01T08:00' });
    const second = await exportHistory(await flapping(600, 600), { now: '2022-06-01T08:00' });
    const { db } = await freshHistory();
    await importHistory(db, first, { mode: 'merge' });
    await importHistory(db, second, { mode: 'merge' });
    const merged = await exportHistory(db, { now: '2022-06-02T08:00' });
    expect(merged.dossiers[0]?.events).toHaveLength(MAX_EVENTS_PER_DOSSIER);
    expect(() => validateBackup(JSON.stringify(merged))).not.toThrow();
  });
});

describe('backups are checked as recording checks (issue 16 items 11 and 12)', () => {
  const good = (): StoredDossier => ({
    origin: ORIGIN,
    code: 'H21.57.14-220513-0001',
    firstSeen: '2022-05-13T08:00',
    lastSeen: '2022-05-14T08:00',
    lastUrl: `${ORIGIN}/danh-sach-ho-so`,
    snapshot: { code: 'H21.57.14-220513-0001', status: 'processing', detailUrl: `${ORIGIN}/chi-tiet/1` },
    events: [],
  });

  it('accepts a well-formed record', () => {
    expect(() => validateBackup(backupOf([good()]))).not.toThrow();
  });

  it.each([
    ['a javascript: origin', { origin: 'javascript:alert(1)' }, 'origin'],
    ['a data: page URL', { lastUrl: 'data:text/html,<script>alert(1)</script>' }, 'lastUrl'],
    ['a page URL of another site', { lastUrl: 'https://evil.example/x' }, 'lastUrl'],
    ['a javascript: detail link', { snapshot: { code: 'H21.57.14-220513-0001', status: 'processing', detailUrl: 'javascript:alert(1)' } }, 'snapshot.detailUrl'],
    ['a snapshot of another dossier', { snapshot: { code: 'H21.57.14-220513-9999', status: 'processing' } }, 'snapshot.code'],
    ['a record seen last in 9999', { lastSeen: '9999-12-31T23:59' }, 'lastSeen'],
  ] as const)('refuses %s', (_, change, path) => {
    const backup = backupOf([{ ...good(), ...change } as StoredDossier]);
    expect(() => validateBackup(backup)).toThrow(HistoryImportError);
    expect(() => validateBackup(backup)).toThrow(`dossiers.0.${path}`);
  });

  it('strips, on recording, a page URL or detail link that is not of the portal', async () => {
    const { db } = await freshHistory();
    const d01 = sample('D01', { detailUrl: 'javascript:alert(1)' });
    await recordObservations(db, [{ ...observation('2022-05-20T08:00', [d01]), url: 'javascript:alert(2)' }]);
    const [record] = (await exportHistory(db)).dossiers;
    expect(record?.lastUrl).toBeUndefined();
    expect(record?.snapshot.detailUrl).toBeUndefined();
    const backup = await exportHistory(db);
    expect(() => validateBackup(backup)).not.toThrow();
  });
});
