import { describe, expect, it } from 'vitest';
import { CalendarError } from '../../../lib/calendar';
import { assessDossier, daysLateBetween, STANDING_STATUSES } from '../../../lib/deadline';

const open = { status: 'processing' as const, receivedAt: '2022-05-13T09:00' };

describe('standing rules beyond the fixture dataset', () => {
  it('is overdue by 0 whole days once the appointment time has passed on the day itself', () => {
    const s = assessDossier({ ...open, dueAt: '2022-05-20T10:00' }, '2022-05-20T10:01');
    expect(s).toMatchObject({ status: 'overdue', daysLeft: 0, daysLate: 0, rule: 'overdue-today', apologyDue: true });
    expect(s.suggestedAppointment).toBe('2022-05-23T10:00');
    expect(assessDossier({ ...open, dueAt: '2022-05-20T10:00' }, '2022-05-20T10:00').status).toBe('due-today');
  });

  it('counts working days only, skipping the 30/4–1/5 break', () => {
    expect(assessDossier({ ...open, dueAt: '2022-04-29T16:00' }, '2022-05-04T08:00')).toMatchObject({ status: 'overdue', daysLate: 1 });
    expect(daysLateBetween('2022-04-29T16:00', '2022-05-05T09:00')).toBe(2);
    expect(daysLateBetween('2022-04-29T16:00', '2022-04-29T15:00')).toBe(0);
  });

  it('respects the due-soon threshold', () => {
    const d = { ...open, dueAt: '2022-05-25T16:00' };
    expect(assessDossier(d, '2022-05-20T08:00').status).toBe('on-time');
    expect(assessDossier(d, '2022-05-20T08:00', { dueSoonDays: 3 })).toMatchObject({ status: 'due-soon', daysLeft: 3 });
  });

  it('warns when a new dossier’s completeness window is about to end', () => {
    const fresh = { status: 'new' as const, receivedAt: '2022-05-18T15:00', dueAt: '2022-06-15T16:00' };
    expect(assessDossier(fresh, '2022-05-20T08:00')).toMatchObject({ status: 'check-soon', checkDeadline: '2022-05-23T15:00', rule: 'check-window' });
    expect(assessDossier(fresh, '2022-05-20T08:00', { checkWindowDays: 10 }).status).toBe('on-time');
  });

  it('is unknown without an appointment, unless the portal’s countdown says more', () => {
    expect(assessDossier({ status: 'new' }, '2022-05-20T08:00')).toMatchObject({ status: 'unknown', rule: 'no-appointment' });
    const hinted = { status: 'processing' as const, remainingHint: { kind: 'overdue' as const, days: 2, text: 'Quá hạn 2 ngày' } };
    expect(assessDossier(hinted, '2022-05-20T08:00')).toMatchObject({ status: 'overdue', daysLate: 2, rule: 'remaining-hint' });
    const today = { status: 'processing' as const, remainingHint: { kind: 'today' as const, text: 'Hôm nay' } };
    expect(assessDossier(today, '2022-05-20T08:00').status).toBe('due-today');
  });

  it('flags a second supplement request', () => {
    const twice = { status: 'waiting-additions' as const, dueAt: '2022-05-30T16:00', supplementRequests: 2 };
    expect(assessDossier(twice, '2022-05-20T08:00')).toMatchObject({ status: 'paused', repeatedSupplement: true });
    expect(assessDossier({ ...twice, supplementRequests: 1 }, '2022-05-20T08:00').repeatedSupplement).toBeUndefined();
  });

  it('judges a returned dossier by its finish time when the return time is missing, and is unknown with neither', () => {
    expect(assessDossier({ status: 'returned', dueAt: '2022-05-10T17:00', finishedAt: '2022-05-10T17:30' }, '2022-05-20T08:00')).toMatchObject({ status: 'done-late', daysLate: 0 });
    expect(assessDossier({ status: 'returned', dueAt: '2022-05-10T17:00' }, '2022-05-20T08:00')).toMatchObject({ status: 'unknown', rule: 'returned-without-date' });
  });

  it('withdrawn is not applicable; every status belongs to the exported list', () => {
    const s = assessDossier({ status: 'withdrawn', dueAt: '2022-05-10T17:00' }, '2022-05-20T08:00');
    expect(s.status).toBe('not-applicable');
    expect(STANDING_STATUSES).toContain(s.status);
  });

  it('refuses a malformed as-of time with a typed error', () => {
    expect(() => assessDossier({ ...open, dueAt: '2022-05-20T10:00' }, '2022-05-20 08:00')).toThrow(CalendarError);
    expect(() => assessDossier({ ...open, dueAt: '2022-05-20T10:00' }, '2022-05-20T25:00')).toThrow(CalendarError);
  });
});
