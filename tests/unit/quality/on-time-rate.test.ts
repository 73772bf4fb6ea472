import { describe, expect, test } from 'vitest';
import type { StoredDossier } from '../../../lib/history';
import { onTimeRates, ratePeriods, verdictIn } from '../../../lib/quality/on-time-rate';

const ORIGIN = 'https://gialai.motcua.vnpt.vn';

function dossier(code: string, snapshot: Partial<StoredDossier['snapshot']>, events: StoredDossier['events'] = []): StoredDossier {
  return {
    origin: ORIGIN,
    code,
    firstSeen: '2022-05-02T08:00',
    lastSeen: '2022-05-20T08:00',
    snapshot: { code, status: 'processing', receivedAt: '2022-05-03T08:00', agency: 'Phòng Tư pháp', ...snapshot } as StoredDossier['snapshot'],
    events,
  };
}

const MAY = ratePeriods('month', '2022-05', '2022-05')[0]!;
const AS_OF = '2022-06-10T08:00';

describe('ratePeriods', () => {
  test('months, quarters and years that touch the range, labelled as officers write them', () => {
    expect(ratePeriods('month', '2022-11', '2023-01').map((p) => [p.key, p.label, p.from, p.to])).toEqual([
      ['2022-11', '11/2022', '2022-11-01', '2022-11-30'],
      ['2022-12', '12/2022', '2022-12-01', '2022-12-31'],
      ['2023-01', '01/2023', '2023-01-01', '2023-01-31'],
    ]);
    expect(ratePeriods('quarter', '2022-02', '2022-07').map((p) => [p.label, p.from, p.to])).toEqual([
      ['Quý I/2022', '2022-01-01', '2022-03-31'],
      ['Quý II/2022', '2022-04-01', '2022-06-30'],
      ['Quý III/2022', '2022-07-01', '2022-09-30'],
    ]);
    expect(ratePeriods('year', '2021-12', '2022-01').map((p) => p.label)).toEqual(['Năm 2021', 'Năm 2022']);
  });
});

describe('verdictIn (QĐ 766 indicator 2.1)', () => {
  test('finished before the appointment day is early, by its minute on time, after it late', () => {
    expect(verdictIn(dossier('A', { dueAt: '2022-05-13T16:00', finishedAt: '2022-05-12T10:00', status: 'finished' }), MAY, AS_OF)).toBe('early');
    expect(verdictIn(dossier('B', { dueAt: '2022-05-13T16:00', finishedAt: '2022-05-13T16:00', status: 'finished' }), MAY, AS_OF)).toBe('onTime');
    expect(verdictIn(dossier('C', { dueAt: '2022-05-13T16:00', finishedAt: '2022-05-13T16:01', status: 'finished' }), MAY, AS_OF)).toBe('late');
  });

  test('the finish ends processing before the hand-over ("Đã xử lý xong" first)', () => {
    const d = dossier('D', { dueAt: '2022-05-13T16:00', finishedAt: '2022-05-13T09:00', returnedAt: '2022-05-18T09:00', status: 'returned' });
    expect(verdictIn(d, MAY, AS_OF)).toBe('onTime');
  });

  test('asked for additions twice is late whenever it finished', () => {
    const asked = [
      { status: 'waiting-additions' as const, at: '2022-05-04T08:00', seenAt: '2022-05-04T08:00' },
      { status: 'waiting-additions' as const, at: '2022-05-06T08:00', seenAt: '2022-05-06T08:00' },
    ];
    expect(verdictIn(dossier('E', { dueAt: '2022-05-20T16:00', finishedAt: '2022-05-10T08:00', status: 'finished' }, asked), MAY, AS_OF)).toBe('late');
  });

  test('open at the period end: in time until the appointment passes; paused is not late', () => {
    expect(verdictIn(dossier('F', { dueAt: '2022-06-03T16:00' }), MAY, AS_OF)).toBe('openInTime');
    expect(verdictIn(dossier('G', { dueAt: '2022-05-25T16:00' }), MAY, AS_OF)).toBe('openLate');
    expect(verdictIn(dossier('H', { dueAt: '2022-05-25T16:00', status: 'waiting-additions' }), MAY, AS_OF)).toBe('openInTime');
  });

  test('left out: refused, withdrawn, no appointment, received after the period, finished in an earlier one', () => {
    expect(verdictIn(dossier('I', { dueAt: '2022-05-13T16:00', status: 'refused' }), MAY, AS_OF)).toBeUndefined();
    expect(verdictIn(dossier('J', { dueAt: '2022-05-13T16:00', status: 'withdrawn' }), MAY, AS_OF)).toBeUndefined();
    expect(verdictIn(dossier('K', {}), MAY, AS_OF)).toBeUndefined();
    expect(verdictIn(dossier('L', { receivedAt: '2022-06-01T08:00', dueAt: '2022-06-08T16:00' }), MAY, AS_OF)).toBeUndefined();
    const april = dossier('M', { receivedAt: '2022-04-01T08:00', dueAt: '2022-04-13T16:00', finishedAt: '2022-04-12T08:00', status: 'finished' });
    expect(verdictIn(april, MAY, AS_OF)).toBeUndefined();
  });

  test('a period not yet ended is judged at the as-of time', () => {
    expect(verdictIn(dossier('N', { dueAt: '2022-05-25T16:00' }), MAY, '2022-05-20T08:00')).toBe('openInTime');
    expect(verdictIn(dossier('O', { dueAt: '2022-05-25T16:00', finishedAt: '2022-05-24T08:00' }), MAY, '2022-05-20T08:00')).toBe('openInTime');
  });
});

describe('onTimeRates', () => {
  test('rate overall and per unit, units in Vietnamese order', () => {
    const dossiers = [
      dossier('A', { dueAt: '2022-05-13T16:00', finishedAt: '2022-05-12T10:00', status: 'finished' }),
      dossier('B', { dueAt: '2022-05-13T16:00', finishedAt: '2022-05-16T10:00', status: 'finished', agency: 'Văn phòng HĐND và UBND' }),
      dossier('C', { dueAt: '2022-06-03T16:00', agency: 'Văn phòng HĐND và UBND' }),
      dossier('D', { dueAt: '2022-05-25T16:00', agency: 'Phòng Tài nguyên và Môi trường' }),
    ];
    const [may] = onTimeRates(dossiers, [MAY], AS_OF);
    expect(may!.total).toMatchObject({ early: 1, onTime: 0, late: 1, openInTime: 1, openLate: 1, rate: 0.5 });
    expect(may!.units.map((u) => [u.unit, u.rate])).toEqual([
      ['Phòng Tài nguyên và Môi trường', 0],
      ['Phòng Tư pháp', 1],
      ['Văn phòng HĐND và UBND', 0.5],
    ]);
  });

  test('a period with nothing to count has no rate, not 0 % or 100 %', () => {
    const [june] = onTimeRates([], ratePeriods('month', '2022-06', '2022-06'), AS_OF);
    expect(june!.total.rate).toBeUndefined();
  });
});
