import { describe, expect, it } from 'vitest';
import {
  deleteAll,
  deleteOlderThan,
  documentsFor,
  exportHistory,
  getDraft,
  listDrafts,
  recordObservations,
  saveDocument,
  saveDraft,
} from '../../../lib/history';
import { freshHistory, observation, sample } from './helpers';

const draft = (id: string, updatedAt: string) => ({
  id,
  period: { from: '2021-01-01', to: '2021-01-31' },
  rows: [],
  edits: [],
  createdAt: updatedAt,
  updatedAt,
});

async function historyAcrossYears() {
  const { db } = await freshHistory();
  await recordObservations(db, [observation('2021-03-31T08:00', [sample('D01')])]);
  await recordObservations(db, [observation('2021-09-30T08:00', [sample('D02')])]);
  await recordObservations(db, [observation('2022-05-20T08:00', [sample('D03')])]);
  await saveDocument(db, { id: 'old', kind: 'receipt', codes: [sample('D01').code], createdAt: '2021-03-31T08:00', template: 'default:receipt@1', data: {} });
  await saveDocument(db, { id: 'new', kind: 'receipt', codes: [sample('D01').code], createdAt: '2022-05-01T08:00', template: 'default:receipt@1', data: {} });
  await saveDraft(db, draft('old', '2021-02-01T08:00'));
  await saveDraft(db, draft('new', '2022-05-19T08:00'));
  return db;
}

describe('privacy and retention', () => {
  it('deletes dossiers not seen, documents not made and drafts not edited within N months', async () => {
    const db = await historyAcrossYears();
    // 31/03/2022 minus 12 months is 31/03/2021: data from that very day stays.
    expect(await deleteOlderThan(db, 12, '2022-03-31')).toEqual({ dossiers: 0, documents: 0, drafts: 1 });
    expect(await deleteOlderThan(db, 8, '2022-05-20T10:00')).toEqual({ dossiers: 1, documents: 1, drafts: 0 });
    const left = await exportHistory(db);
    expect(left.dossiers.map((d) => d.code)).toEqual([sample('D02').code, sample('D03').code]);
    expect((await documentsFor(db, sample('D01').code)).map((d) => d.id)).toEqual(['new']);
    expect((await listDrafts(db)).map((d) => d.id)).toEqual(['new']);
  });

  it('refuses a nonsense retention instead of guessing', async () => {
    const db = await historyAcrossYears();
    await expect(deleteOlderThan(db, -1, '2022-05-20')).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(deleteOlderThan(db, 6, '2022-13-01')).rejects.toMatchObject({ code: 'invalid-argument' });
    expect((await exportHistory(db)).counts).toEqual({ dossiers: 3, documents: 2, drafts: 2 });
  });

  it('deleteAll forgets everything', async () => {
    const db = await historyAcrossYears();
    await deleteAll(db);
    expect((await exportHistory(db)).counts).toEqual({ dossiers: 0, documents: 0, drafts: 0 });
    expect(await getDraft(db, 'new')).toBeUndefined();
  });

  it('refuses a document that keeps neither its data nor its file', async () => {
    const { db } = await freshHistory();
    await expect(
      saveDocument(db, { id: 'x', kind: 'receipt', codes: [], createdAt: '2022-05-01T08:00', template: 'default:receipt@1' }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
