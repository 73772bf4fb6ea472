import { describe, expect, it } from 'vitest';
import { assessDossier, type AssessedDossier, type StandingStatus } from '../../../lib/deadline';

/** The shared 12-dossier dataset (docs/portal-reference.md §4.0), judged at the fixtures' frozen clock. */
const NOW = '2022-05-20T08:00';

const cases: { id: string; dossier: AssessedDossier; status: StandingStatus; daysLeft: number | null; daysLate: number; rule: string }[] = [
  { id: 'D01', dossier: { status: 'processing', receivedAt: '2022-05-13T09:15', dueAt: '2022-05-20T17:00' }, status: 'due-today', daysLeft: 0, daysLate: 0, rule: 'due-today' },
  { id: 'D02', dossier: { status: 'processing', receivedAt: '2022-05-05T14:30', dueAt: '2022-05-17T16:00' }, status: 'overdue', daysLeft: -3, daysLate: 3, rule: 'overdue-open' },
  { id: 'D03', dossier: { status: 'processing', receivedAt: '2022-05-16T08:05', dueAt: '2022-05-24T10:00' }, status: 'due-soon', daysLeft: 2, daysLate: 0, rule: 'due-soon' },
  { id: 'D04', dossier: { status: 'returned', receivedAt: '2022-04-29T10:00', dueAt: '2022-05-12T16:00', returnedAt: '2022-05-11T15:20' }, status: 'done-on-time', daysLeft: null, daysLate: 0, rule: 'returned-on-time' },
  { id: 'D05', dossier: { status: 'processing', receivedAt: '2022-05-18T15:45', dueAt: '2022-06-01T17:00' }, status: 'on-time', daysLeft: 8, daysLate: 0, rule: 'on-time' },
  { id: 'D06', dossier: { status: 'waiting-additions', receivedAt: '2022-05-10T09:00', dueAt: '2022-05-19T16:00', supplementRequests: 1 }, status: 'paused', daysLeft: null, daysLate: 0, rule: 'paused-for-supplement' },
  { id: 'D07', dossier: { status: 'returned', receivedAt: '2022-05-04T08:30', dueAt: '2022-05-10T17:00', returnedAt: '2022-05-12T10:00' }, status: 'done-late', daysLeft: null, daysLate: 2, rule: 'returned-late' },
  { id: 'D08', dossier: { status: 'refused', receivedAt: '2022-05-12T10:10', dueAt: '2022-05-19T10:10' }, status: 'not-applicable', daysLeft: null, daysLate: 0, rule: 'refused' },
  { id: 'D09', dossier: { status: 'processing', receivedAt: '2022-05-16T09:00', dueAt: '2022-05-16T16:30' }, status: 'overdue', daysLeft: -4, daysLate: 4, rule: 'overdue-open' },
  { id: 'D10', dossier: { status: 'processing', receivedAt: '2022-05-19T07:45', dueAt: '2022-06-08T16:00' }, status: 'on-time', daysLeft: 13, daysLate: 0, rule: 'on-time' },
  { id: 'D11', dossier: { status: 'finished', receivedAt: '2022-05-06T13:30', dueAt: '2022-05-13T13:30', finishedAt: '2022-05-18T10:00' }, status: 'overdue', daysLeft: -5, daysLate: 5, rule: 'finished-awaiting-return' },
  { id: 'D12', dossier: { status: 'processing', receivedAt: '2022-05-17T16:20', dueAt: '2022-05-20T16:20' }, status: 'due-today', daysLeft: 0, daysLate: 0, rule: 'due-today' },
];

describe('the fixture dataset as of 2022-05-20T08:00', () => {
  it.each(cases)('$id is $status', ({ dossier, status, daysLeft, daysLate, rule }) => {
    const standing = assessDossier(dossier, NOW);
    expect(standing).toMatchObject({ status, daysLeft, daysLate, rule });
  });

  it('flags the expected sets of docs/portal-reference.md', () => {
    const by = (s: StandingStatus) => cases.filter((c) => assessDossier(c.dossier, NOW).status === s).map((c) => c.id);
    expect(by('overdue')).toEqual(['D02', 'D09', 'D11']);
    expect(by('due-today')).toEqual(['D01', 'D12']);
    expect(by('paused')).toEqual(['D06']);
    expect(by('done-late')).toEqual(['D07']);
  });

  it('asks for an apology exactly for the overdue and the late-returned dossiers', () => {
    const due = cases.filter((c) => assessDossier(c.dossier, NOW).apologyDue).map((c) => c.id);
    expect(due).toEqual(['D02', 'D07', 'D09', 'D11']);
  });

  it('suggests the next working day after today at the appointment time for overdue dossiers', () => {
    expect(assessDossier(cases[1]!.dossier, NOW).suggestedAppointment).toBe('2022-05-23T16:00');
    expect(assessDossier(cases[0]!.dossier, NOW).suggestedAppointment).toBe('2022-05-23T17:00');
  });

  it('D04 was returned the day before its appointment: early', () => {
    expect(assessDossier(cases[3]!.dossier, NOW).early).toBe(true);
    expect(assessDossier(cases[6]!.dossier, NOW).early).toBe(false);
  });
});
