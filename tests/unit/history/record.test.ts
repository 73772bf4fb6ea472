import { describe, expect, it, vi } from 'vitest';
import {
  createRecorder,
  exportHistory,
  HistoryError,
  recordObservation,
  recordObservations,
  type StoredDossier,
} from '../../../lib/history';
import { freshHistory, observation, ORIGIN, sample } from './helpers';

async function stored(db: Awaited<ReturnType<typeof freshHistory>>['db'], code: string, origin = ORIGIN): Promise<StoredDossier | undefined> {
  return (await exportHistory(db)).dossiers.find((d) => d.code === code && d.origin === origin);
}

describe('recording observations', () => {
  it('stores a new dossier with first and last seen and its first status', async () => {
    const { db } = await freshHistory();
    const d02 = sample('D02');
    expect(await recordObservation(db, observation('2022-05-06T08:00', [d02]))).toEqual({ added: 1, changed: 0, touched: 0 });
    const record = await stored(db, d02.code);
    expect(record).toMatchObject({ firstSeen: '2022-05-06T08:00', lastSeen: '2022-05-06T08:00', snapshot: d02 });
    expect(record?.events).toEqual([{ status: 'processing', at: '2022-05-05T14:30', seenAt: '2022-05-06T08:00' }]);
  });

  it('only moves lastSeen when the snapshot is unchanged, whatever its key order', async () => {
    const { db } = await freshHistory();
    const d02 = sample('D02');
    await recordObservation(db, observation('2022-05-06T08:00', [d02]));
    const reordered = Object.fromEntries(Object.entries(d02).reverse()) as typeof d02;
    expect(await recordObservation(db, observation('2022-05-07T08:00', [reordered]))).toEqual({ added: 0, changed: 0, touched: 1 });
    const record = await stored(db, d02.code);
    expect(record?.lastSeen).toBe('2022-05-07T08:00');
    expect(record?.firstSeen).toBe('2022-05-06T08:00');
    expect(record?.events).toHaveLength(1);
  });

  it('appends each status change with its time: additions, sent back, finished, returned to the citizen', async () => {
    const { db } = await freshHistory();
    const base = sample('D06', { status: 'processing', reason: undefined, statusText: undefined });
    await recordObservation(db, observation('2022-05-10T10:00', [base]));
    await recordObservation(db, observation('2022-05-12T09:00', [{ ...base, status: 'waiting-additions', reason: 'Thiếu bản vẽ mặt bằng' }]));
    await recordObservation(db, observation('2022-05-13T09:00', [{ ...base, status: 'processing' }]));
    await recordObservation(db, observation('2022-05-18T09:00', [{ ...base, status: 'finished', finishedAt: '2022-05-17T15:00' }]));
    await recordObservation(
      db,
      observation('2022-05-19T09:00', [{ ...base, status: 'returned', finishedAt: '2022-05-17T15:00', returnedAt: '2022-05-18T10:00' }]),
    );
    const record = await stored(db, base.code);
    expect(record?.events.map((e) => [e.status, e.at, e.reason])).toEqual([
      ['processing', '2022-05-10T09:00', undefined],
      ['waiting-additions', '2022-05-12T09:00', 'Thiếu bản vẽ mặt bằng'],
      ['processing', '2022-05-13T09:00', undefined],
      ['finished', '2022-05-17T15:00', undefined],
      ['returned', '2022-05-18T10:00', undefined],
    ]);
  });

  it('reconstructs receipt and finish from the dates of a dossier first seen already returned', async () => {
    const { db } = await freshHistory();
    const d07 = sample('D07', { finishedAt: '2022-05-11T16:00' });
    await recordObservation(db, observation('2022-05-13T08:00', [d07]));
    expect((await stored(db, d07.code))?.events.map((e) => [e.status, e.at])).toEqual([
      ['processing', '2022-05-04T08:30'],
      ['finished', '2022-05-11T16:00'],
      ['returned', '2022-05-12T10:00'],
    ]);
  });

  it('deduplicates the same code and origin within a batch (latest sighting wins) but keeps other origins apart', async () => {
    const { db } = await freshHistory();
    const d02 = sample('D02');
    const result = await recordObservations(db, [
      observation('2022-05-06T09:00', [{ ...d02, status: 'finished', finishedAt: '2022-05-06T08:30' }]),
      observation('2022-05-06T08:00', [d02]),
      observation('2022-05-06T08:00', [d02], 'https://motcua.example.gov.vn'),
    ]);
    expect(result).toEqual({ added: 2, changed: 0, touched: 0 });
    expect((await stored(db, d02.code))?.snapshot.status).toBe('finished');
    expect((await stored(db, d02.code, 'https://motcua.example.gov.vn'))?.snapshot.status).toBe('processing');
  });

  it('keeps the newer snapshot when an older sighting arrives late', async () => {
    const { db } = await freshHistory();
    const d02 = sample('D02');
    await recordObservation(db, observation('2022-05-08T08:00', [{ ...d02, status: 'finished' }]));
    await recordObservation(db, observation('2022-05-06T08:00', [d02]));
    const record = await stored(db, d02.code);
    expect(record?.snapshot.status).toBe('finished');
    expect(record?.firstSeen).toBe('2022-05-06T08:00');
    expect(record?.lastSeen).toBe('2022-05-08T08:00');
  });

  it.each([
    ['a missing seenAt', { origin: ORIGIN, url: '', dossiers: [] }],
    ['an impossible date', { origin: ORIGIN, url: '', seenAt: '2022-13-45T08:00', dossiers: [] }],
    ['an impossible due date in a dossier', { origin: ORIGIN, url: '', seenAt: '2022-05-06T08:00', dossiers: [{ code: 'X', status: 'new', dueAt: '2022-02-30T10:00' }] }],
    ['an unknown status', { origin: ORIGIN, url: '', seenAt: '2022-05-06T08:00', dossiers: [{ code: 'X', status: 'lost' }] }],
  ])('refuses an observation with %s and writes nothing', async (_name, bad) => {
    const { db } = await freshHistory();
    await expect(recordObservations(db, [observation('2022-05-06T08:00', [sample('D01')]), bad])).rejects.toMatchObject({
      code: 'invalid-observation',
    });
    expect((await exportHistory(db)).dossiers).toEqual([]);
  });

  it('a quota error in the middle of a batch leaves the database exactly as it was', async () => {
    const { db } = await freshHistory();
    await recordObservation(db, observation('2022-05-06T08:00', [sample('D01'), sample('D02')]));
    const before = await exportHistory(db, { now: '2022-05-20T08:00' });
    const many = Array.from({ length: 50 }, (_, i) => sample('D05', { code: `H21.57.14-220518-${String(100 + i)}` }));
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 30) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      const error = await recordObservation(db, observation('2022-05-07T08:00', [sample('D01', { status: 'finished' }), ...many])).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HistoryError);
      expect(error).toMatchObject({ code: 'quota' });
      expect((error as Error).message).toMatch(/^Bộ nhớ của trình duyệt đã đầy.* \/ The browser storage is full/);
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(30);
    expect(await exportHistory(db, { now: '2022-05-20T08:00' })).toEqual(before);
  });
});

describe('the batching recorder', () => {
  it('writes queued observations together once enough dossiers wait, in one batch', async () => {
    const { db } = await freshHistory();
    const recorder = createRecorder(db, { maxDossiers: 3, delayMs: 60_000 });
    recorder.add(observation('2022-05-06T08:00', [sample('D01')]));
    recorder.add(observation('2022-05-06T08:01', [sample('D02')]));
    expect(recorder.pending).toBe(2);
    expect((await exportHistory(db)).dossiers).toHaveLength(0);
    recorder.add(observation('2022-05-06T08:02', [sample('D03')]));
    expect(recorder.pending).toBe(0);
    await recorder.flush();
    expect((await exportHistory(db)).dossiers.map((d) => d.code).sort()).toEqual(
      [sample('D01').code, sample('D02').code, sample('D03').code].sort(),
    );
  });

  it('flushes on its timer', async () => {
    const { db } = await freshHistory();
    const recorder = createRecorder(db, { delayMs: 30 });
    recorder.add(observation('2022-05-06T08:00', [sample('D01')]));
    expect(recorder.pending).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(recorder.pending).toBe(0);
    expect((await exportHistory(db)).dossiers).toHaveLength(1);
  });

  it('refuses an invalid message at once and keeps a failed batch for the next flush', async () => {
    const { db } = await freshHistory();
    const recorder = createRecorder(db, { delayMs: 60_000 });
    expect(() => recorder.add({ origin: ORIGIN })).toThrow(HistoryError);
    recorder.add(observation('2022-05-06T08:00', [sample('D01')]));
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(recorder.flush()).rejects.toMatchObject({ code: 'quota' });
    spy.mockRestore();
    expect(recorder.pending).toBe(1);
    expect(await recorder.flush()).toEqual({ added: 1, changed: 0, touched: 0 });
  });

  it('reports a timed flush that met a full disk, then the one that wrote again', async () => {
    const { db } = await freshHistory();
    const onError = vi.fn();
    const onWritten = vi.fn();
    const recorder = createRecorder(db, { delayMs: 10, onError, onWritten });
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    recorder.add(observation('2022-05-06T08:00', [sample('D01')]));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'quota' })));
    spy.mockRestore();
    expect(onWritten).not.toHaveBeenCalled();
    recorder.add(observation('2022-05-06T08:05', [sample('D02')]));
    await vi.waitFor(() => expect(onWritten).toHaveBeenCalledWith({ added: 2, changed: 0, touched: 0 }));
  });
});
