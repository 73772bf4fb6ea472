import { describe, expect, it } from 'vitest';
import { exportHistory, recordObservations } from '../../../lib/history';
import { freshHistory, observation, sample } from '../history/helpers';

/** Issue 16 item 6: no change of status is lost because of the order messages arrive in. */
describe('recording in any order', () => {
  it('keeps every status a dossier passed through within one batch', async () => {
    const { db } = await freshHistory();
    const base = sample('D06', { status: 'processing', reason: undefined, statusText: undefined });
    const result = await recordObservations(db, [
      observation('2022-05-12T09:00', [{ ...base, status: 'waiting-additions', reason: 'Thiếu bản vẽ' }]),
      observation('2022-05-10T10:00', [base]),
      observation('2022-05-13T09:00', [base]),
    ]);
    expect(result).toEqual({ added: 1, changed: 0, touched: 0 });
    const [record] = (await exportHistory(db)).dossiers;
    expect(record?.events.map((e) => e.status)).toEqual(['processing', 'waiting-additions', 'processing']);
    expect(record).toMatchObject({ firstSeen: '2022-05-10T10:00', lastSeen: '2022-05-13T09:00' });
  });

  it('adds the status change of a sighting older than the record without rolling the snapshot back', async () => {
    const { db } = await freshHistory();
    const base = sample('D06', { status: 'processing', reason: undefined, statusText: undefined });
    await recordObservations(db, [observation('2022-05-10T10:00', [base])]);
    await recordObservations(db, [observation('2022-05-14T09:00', [base])]);
    // A message from another tab, made on the 12th, arrives late.
    const late = await recordObservations(db, [observation('2022-05-12T09:00', [{ ...base, status: 'waiting-additions', reason: 'Thiếu bản vẽ' }])]);
    expect(late).toEqual({ added: 0, changed: 1, touched: 0 });
    const [record] = (await exportHistory(db)).dossiers;
    expect(record?.snapshot.status).toBe('processing');
    expect(record?.events.map((e) => [e.status, e.seenAt])).toEqual([
      ['processing', '2022-05-10T10:00'],
      ['waiting-additions', '2022-05-12T09:00'],
      ['processing', '2022-05-14T09:00'],
    ]);
  });
});
