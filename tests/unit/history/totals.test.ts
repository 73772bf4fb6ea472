import { describe, expect, it } from 'vitest';
import { countTotals, type StoredDossier } from '../../../lib/history';
import { periodTotals, recordObservations, reportPeriod } from '../../../lib/history';
import { freshHistory, observation, sample } from './helpers';

const PERIOD = { from: '2022-04-15', to: '2022-05-14' };
const END = '2022-05-14T23:59';

function dossier(receivedAt: string, dueAt: string, done?: { status: 'finished' | 'refused'; at: string }): StoredDossier {
  const events: StoredDossier['events'] = [{ status: 'processing', at: receivedAt, seenAt: receivedAt }];
  if (done) events.push({ status: done.status, at: done.at, seenAt: done.at });
  return {
    origin: 'https://x',
    code: `C-${receivedAt}-${dueAt}`,
    firstSeen: receivedAt,
    lastSeen: done?.at ?? receivedAt,
    snapshot: { code: 'x', receivedAt, dueAt, status: done?.status ?? 'processing', ...(done?.status === 'finished' ? { finishedAt: done.at } : {}) },
    events,
  };
}

const ZERO = { receivedTotal: 0, carriedOver: 0, resolvedTotal: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0, pendingTotal: 0, pendingOnTime: 0, pendingLate: 0 };

describe('the period totals in the shape of Biểu II.06a', () => {
  it.each([
    ['received and finished a day early', dossier('2022-05-02T08:00', '2022-05-06T17:00', { status: 'finished', at: '2022-05-05T10:00' }), { receivedTotal: 1, resolvedTotal: 1, resolvedEarly: 1 }],
    ['finished on the appointment day', dossier('2022-05-02T08:00', '2022-05-06T17:00', { status: 'finished', at: '2022-05-06T09:00' }), { receivedTotal: 1, resolvedTotal: 1, resolvedOnTime: 1 }],
    ['finished after the appointment', dossier('2022-05-02T08:00', '2022-05-06T17:00', { status: 'finished', at: '2022-05-09T09:00' }), { receivedTotal: 1, resolvedTotal: 1, resolvedLate: 1 }],
    ['open and past its appointment', dossier('2022-05-02T08:00', '2022-05-06T17:00'), { receivedTotal: 1, pendingTotal: 1, pendingLate: 1 }],
    ['open, due after the period', dossier('2022-05-12T08:00', '2022-05-20T17:00'), { receivedTotal: 1, pendingTotal: 1, pendingOnTime: 1 }],
    ['carried over from April and finished in May', dossier('2022-04-10T08:00', '2022-04-20T17:00', { status: 'finished', at: '2022-05-03T10:00' }), { carriedOver: 1, resolvedTotal: 1, resolvedLate: 1 }],
    ['closed before the period', dossier('2022-04-01T08:00', '2022-04-08T17:00', { status: 'finished', at: '2022-04-07T10:00' }), {}],
    ['received after the period', dossier('2022-05-16T08:00', '2022-05-20T17:00'), {}],
    ['refused in the period', dossier('2022-05-09T08:00', '2022-05-16T17:00', { status: 'refused', at: '2022-05-10T08:00' }), { receivedTotal: 1, resolvedTotal: 1, resolvedEarly: 1 }],
  ] as const)('%s', (_name, d, expected) => {
    expect(countTotals([d], PERIOD, END)).toEqual({ ...ZERO, ...expected });
  });

  it('counts a dossier seen on two portals once', async () => {
    const { db } = await freshHistory();
    await recordObservations(db, [
      observation('2022-05-10T08:00', [sample('D02')]),
      observation('2022-05-10T09:00', [sample('D02')], 'https://dichvucong.gov.vn'),
    ]);
    const totals = await periodTotals(db, reportPeriod('cutoff', 2022, 5, 15), '2022-05-20T08:00');
    expect(totals.receivedTotal + totals.carriedOver).toBe(1);
    db.close();
  });
});
