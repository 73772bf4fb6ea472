import { describe, expect, test } from 'vitest';
import type { HistoryHit, StoredDossier } from '../../../lib/history';
import { dueThisWeek, weekOf } from '../../../entrypoints/records/excel-export';

const hit = (code: string, dueAt?: string): HistoryHit => ({
  dossier: { origin: 'o', code, firstSeen: '2022-05-02T08:00', lastSeen: '2022-05-20T08:00', snapshot: { code, status: 'processing', dueAt } as StoredDossier['snapshot'], events: [] },
  standing: 'open',
});

describe('the week of the as-of time', () => {
  test('Monday 00:00 to Sunday 23:59, whatever the day', () => {
    expect(weekOf('2022-05-20T08:00')).toEqual({ from: '2022-05-16T00:00', to: '2022-05-22T23:59' });
    expect(weekOf('2022-05-16T00:00')).toEqual({ from: '2022-05-16T00:00', to: '2022-05-22T23:59' });
    expect(weekOf('2022-05-22T23:59')).toEqual({ from: '2022-05-16T00:00', to: '2022-05-22T23:59' });
    expect(weekOf('2022-01-01T08:00')).toEqual({ from: '2021-12-27T00:00', to: '2022-01-02T23:59' });
  });
  test('due this week: inside the week, soonest first, none without an appointment', () => {
    const hits = [hit('NEXT', '2022-05-23T08:00'), hit('FRI', '2022-05-20T16:00'), hit('NONE'), hit('MON', '2022-05-16T08:00'), hit('LAST', '2022-05-15T23:59')];
    expect(dueThisWeek(hits, '2022-05-20T08:00').map((h) => h.dossier.code)).toEqual(['MON', 'FRI']);
  });
});
