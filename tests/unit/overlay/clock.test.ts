import { describe, expect, it } from 'vitest';
import { msUntil, nextChangeOfStanding } from '../../../lib/overlay/clock';
import { vietnamEpoch } from '../../../lib/time/vietnam';
import type { FlaggedRow } from '../../../lib/overlay/state';

const row = (dueAt?: string) => ({ dossier: { code: `X-${dueAt}`, status: 'processing', dueAt } }) as unknown as FlaggedRow;

describe('when an open tab judges its rows again', () => {
  it('the minute after the earliest appointment still ahead today', () => {
    expect(nextChangeOfStanding('2022-05-20T08:00', [row('2022-05-20T16:00'), row('2022-05-20T10:30'), row('2022-05-19T17:00')])).toBe(
      '2022-05-20T10:31',
    );
  });

  it('a date-only appointment (17:00, the end of the office day) passes at 17:01', () => {
    expect(nextChangeOfStanding('2022-05-20T16:59', [row('2022-05-20T17:00')])).toBe('2022-05-20T17:01');
    expect(nextChangeOfStanding('2022-05-20T17:00', [row('2022-05-20T17:00')])).toBe('2022-05-20T17:01');
  });

  it('midnight, when no appointment comes first (every count of working days moves)', () => {
    expect(nextChangeOfStanding('2022-05-20T17:01', [row('2022-05-20T17:00'), row('2022-05-24T17:00'), row()])).toBe('2022-05-21T00:00');
    expect(nextChangeOfStanding('2022-12-31T23:59', [])).toBe('2023-01-01T00:00');
  });

  it('counts the wait in Vietnam time, whatever the machine’s zone', () => {
    const now = vietnamEpoch('2022-05-20T08:00');
    expect(msUntil('2022-05-20T10:31', now)).toBe((2 * 60 + 31) * 60_000);
    expect(msUntil('2022-05-20T07:00', now)).toBe(0);
  });
});
