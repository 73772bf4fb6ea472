import { describe, expect, test } from 'vitest';
import { createCalendar } from '../../../lib/calendar';
import type { StoredDossier } from '../../../lib/history';
import { morningSummary, nextReminderAt, readMorningReminder, summaryCount } from '../../../lib/reminder/morning';

const calendar = createCalendar();

function dossier(code: string, snapshot: Partial<StoredDossier['snapshot']>, lastSeen = '2022-05-19T16:45'): StoredDossier {
  return {
    origin: 'https://gialai.motcua.vnpt.vn',
    code,
    firstSeen: '2022-05-10T08:00',
    lastSeen,
    snapshot: { code, status: 'processing', receivedAt: '2022-05-10T08:00', ...snapshot } as StoredDossier['snapshot'],
    events: [],
  };
}

describe('when the morning reminder rings', () => {
  test('today at the start time if it is a working day and not yet that time', () => {
    expect(nextReminderAt('2022-05-20T06:00', '07:30', calendar)).toBe('2022-05-20T07:30');
  });
  test('Friday after the start time rings on Monday', () => {
    expect(nextReminderAt('2022-05-20T07:30', '07:30', calendar)).toBe('2022-05-23T07:30');
  });
  test('never on a holiday: Quốc khánh 2022 (Thu 1 and Fri 2 September off) rings on Monday 5', () => {
    expect(nextReminderAt('2022-08-31T17:00', '07:30', calendar)).toBe('2022-09-05T07:30');
  });
  test('a Saturday-working office is reminded on Saturday', () => {
    expect(nextReminderAt('2022-05-20T17:00', '07:00', createCalendar({ saturdayIsWorkingDay: true }))).toBe('2022-05-21T07:00');
  });
});

describe('what the morning reminder says', () => {
  test('overdue, due today and due on the next working day (Monday after a Friday), oldest sighting', () => {
    const dossiers = [
      dossier('LATE', { dueAt: '2022-05-17T16:00' }, '2022-05-18T09:00'),
      dossier('TODAY', { dueAt: '2022-05-20T17:00' }),
      dossier('MONDAY', { dueAt: '2022-05-23T10:00' }),
      dossier('TUESDAY', { dueAt: '2022-05-24T10:00' }),
      dossier('DONE', { dueAt: '2022-05-20T17:00', finishedAt: '2022-05-19T10:00', status: 'finished' }),
      dossier('PAUSED', { dueAt: '2022-05-18T17:00', status: 'waiting-additions' }),
      dossier('REFUSED', { dueAt: '2022-05-18T17:00', status: 'refused' }),
    ];
    const summary = morningSummary(dossiers, '2022-05-20T07:30', calendar);
    expect(summary.overdue.map((d) => d.code)).toEqual(['LATE']);
    expect(summary.dueToday.map((d) => d.code)).toEqual(['TODAY']);
    expect(summary.dueNext.map((d) => d.code)).toEqual(['MONDAY']);
    expect(summary.nextDay).toBe('2022-05-23');
    expect(summary.seenSince).toBe('2022-05-18T09:00');
    expect(summaryCount(summary)).toBe(3);
  });

  test('a damaged setting is off, not a crash', () => {
    expect(readMorningReminder({ enabled: 'yes', time: '7:30' })).toEqual({ enabled: false, time: '07:30' });
    expect(readMorningReminder(undefined)).toEqual({ enabled: false, time: '07:30' });
    expect(readMorningReminder({ enabled: true, time: '06:45' })).toEqual({ enabled: true, time: '06:45' });
  });
});
