import { describe, expect, it } from 'vitest';
import { groupDossiers, mergeRecords } from '../../../lib/history/identity';
import { monthlyStats, proposeReportRows, recordObservations, reportPeriod, type StoredDossier } from '../../../lib/history';
import { dossier as datasetRecord } from '../../fixtures/portal/dataset';
import { ORIGIN, freshHistory, observation, sample } from './helpers';

const OTHER = 'https://dichvucong.gov.vn';
const D02 = datasetRecord('D02');
const D09 = datasetRecord('D09');

function stored(origin: string, code: string, lastSeen: string, extra: Partial<StoredDossier> = {}): StoredDossier {
  return {
    origin,
    code,
    firstSeen: lastSeen,
    lastSeen,
    snapshot: sample('D02', { code }),
    events: [{ status: 'processing', at: '2022-05-05T14:30', seenAt: lastSeen }],
    ...extra,
  };
}

describe('which records are one dossier', () => {
  it.each([
    ['the same code on two portals', [stored(ORIGIN, D02.code, '2022-05-10T08:00'), stored(OTHER, D02.code, '2022-05-11T08:00')], 1],
    [
      'a row that showed both codes',
      [stored(ORIGIN, D02.oldCode!, '2022-05-10T08:00', { aliases: [D02.code] }), stored(ORIGIN, D02.code, '2022-05-11T08:00')],
      1,
    ],
    [
      'a chain of codes shown together',
      [
        stored(ORIGIN, 'A-1', '2022-05-10T08:00', { aliases: ['B-1'] }),
        stored(ORIGIN, 'C-1', '2022-05-10T08:00', { aliases: ['B-1'] }),
        stored(OTHER, 'B-1', '2022-05-10T08:00'),
      ],
      1,
    ],
    ['two codes that only share a suffix', [stored(ORIGIN, D02.oldCode!, '2022-05-10T08:00'), stored(ORIGIN, D02.code, '2022-05-11T08:00')], 2],
    // D09's codes do not even share one: only a page that shows both could link them.
    ['the old and new codes of D09 without evidence', [stored(ORIGIN, D09.oldCode!, '2022-05-10T08:00'), stored(ORIGIN, D09.code, '2022-05-10T08:00')], 2],
  ] as const)('%s', (_name, records, count) => {
    expect(groupDossiers(records)).toHaveLength(count);
  });

  it('merges one dossier the same way in any order: freshest snapshot, every change once, every code', () => {
    const a = stored(ORIGIN, D02.oldCode!, '2022-05-10T08:00', {
      aliases: [D02.code],
      events: [
        { status: 'processing', at: '2022-05-05T14:30', seenAt: '2022-05-10T08:00' },
        { status: 'refused', at: '2022-05-10T08:00', seenAt: '2022-05-10T08:00', reason: 'Thiếu giấy tờ' },
      ],
    });
    const b = stored(OTHER, D02.code, '2022-05-12T09:00', { firstSeen: '2022-05-06T07:00' });
    const c = stored(ORIGIN, D02.code, '2022-05-12T09:00');
    const orders = [[a, b, c], [c, b, a], [b, a, c], [c, a, b]];
    const merged = orders.map(mergeRecords);
    for (const m of merged) expect(m).toEqual(merged[0]);
    // b and c were last seen together: the tie goes to the smaller origin, in every order.
    expect(merged[0]).toMatchObject({ origin: ORIGIN, code: D02.code, firstSeen: '2022-05-06T07:00', aliases: [D02.oldCode] });
    expect(merged[0]!.events).toEqual([
      { status: 'processing', at: '2022-05-05T14:30', seenAt: '2022-05-10T08:00' },
      { status: 'refused', at: '2022-05-10T08:00', seenAt: '2022-05-10T08:00', reason: 'Thiếu giấy tờ' },
    ]);
  });
});

describe('the report counts one dossier once', () => {
  const period = reportPeriod('month', 2022, 5);
  const NOW = '2022-05-20T08:00';

  it('links the list row that printed the old code with the detail view that printed both, on one portal', async () => {
    const { db } = await freshHistory();
    await recordObservations(db, [
      observation('2022-05-18T08:00', [sample('D02', { code: D02.oldCode! })]),
      observation('2022-05-19T08:00', [sample('D02', { otherCodes: [D02.oldCode!] })]),
      observation('2022-05-19T09:00', [sample('D02')], OTHER),
    ]);
    const { late } = await proposeReportRows(db, period, NOW);
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ code: D02.code, aliases: [D02.oldCode], daysLate: 3 });
    db.close();
  });

  it('without a page that showed both codes, keeps them apart (a shared suffix is no evidence)', async () => {
    const { db } = await freshHistory();
    await recordObservations(db, [
      observation('2022-05-18T08:00', [sample('D02', { code: D02.oldCode! })]),
      observation('2022-05-19T08:00', [sample('D02')]),
    ]);
    const { late } = await proposeReportRows(db, period, NOW);
    expect(late.map((r) => r.code).sort()).toEqual([D02.oldCode, D02.code].sort());
    db.close();
  });

  it('one refusal seen by two portals without a date of its own is one returned row, dated "seen at"', async () => {
    const { db } = await freshHistory();
    await recordObservations(db, [
      observation('2022-05-13T09:00', [sample('D08')]),
      observation('2022-05-13T10:00', [sample('D08')], OTHER),
    ]);
    const { sentBack: returned } = await proposeReportRows(db, period, NOW);
    expect(returned).toHaveLength(1);
    expect(returned[0]).toMatchObject({ code: sample('D08').code, sentBackAt: '2022-05-13T09:00', dateSeenOnly: true });
    db.close();
  });

  it('marks a completion the page dated as a real date, and one only seen as "seen at"', async () => {
    const { db } = await freshHistory();
    await recordObservations(db, [
      observation('2022-05-13T08:00', [sample('D07')]),
      observation('2022-05-10T08:00', [sample('D02', { dueAt: '2022-05-09T16:00' })]),
      observation('2022-05-12T08:00', [sample('D02', { dueAt: '2022-05-09T16:00', status: 'finished' })]),
    ]);
    const { late } = await proposeReportRows(db, period, NOW);
    const byCode = new Map(late.map((r) => [r.code, r]));
    expect(byCode.get(sample('D07').code)?.dateSeenOnly).toBeUndefined();
    expect(byCode.get(D02.code)).toMatchObject({ completedAt: '2022-05-12T08:00', dateSeenOnly: true });
    db.close();
  });

  it('makes one portal\'s report by the codes that portal printed, and lists the portals', async () => {
    const { db } = await freshHistory();
    await recordObservations(db, [
      observation('2022-05-18T08:00', [sample('D02', { code: D02.oldCode! }), sample('D09', { code: D09.oldCode! })], OTHER),
      observation('2022-05-19T08:00', [sample('D02'), sample('D09')]),
    ]);
    const all = await proposeReportRows(db, period, NOW);
    expect(all.origins).toEqual([ORIGIN, OTHER].sort());
    const mine = await proposeReportRows(db, period, NOW, { origins: [ORIGIN] });
    expect(mine.late.map((r) => r.code)).toEqual([D09.code, D02.code]);
    const theirs = await proposeReportRows(db, period, NOW, { origins: [OTHER] });
    expect(theirs.late.map((r) => r.code)).toEqual([D09.oldCode, D02.oldCode]);
    db.close();
  });

  it('counts one portal\'s statistics, so a dossier two portals showed under unlinked codes counts once', async () => {
    const { db } = await freshHistory();
    await recordObservations(db, [
      observation('2022-05-18T08:00', [sample('D02', { code: D02.oldCode! })], OTHER),
      observation('2022-05-19T08:00', [sample('D02'), sample('D09')]),
    ]);
    const [all] = await monthlyStats(db, '2022-05', '2022-05', NOW);
    expect(all!.late).toBe(3);
    const [mine] = await monthlyStats(db, '2022-05', '2022-05', NOW, { origins: [ORIGIN] });
    expect(mine!.late).toBe(2);
    db.close();
  });

  it('counts the statuses the office chose as "trả lại"', async () => {
    const { db } = await freshHistory();
    await recordObservations(db, [
      observation('2022-05-11T08:00', [sample('D06', { status: 'waiting-additions', reason: 'Thiếu bản vẽ' })]),
      observation('2022-05-13T09:00', [sample('D08')]),
    ]);
    const refusedOnly = await proposeReportRows(db, period, NOW);
    expect(refusedOnly.sentBack.map((r) => r.code)).toEqual([sample('D08').code]);
    const both = await proposeReportRows(db, period, NOW, { returnedStatuses: ['refused', 'waiting-additions'] });
    expect(both.sentBack.map((r) => r.code)).toEqual([sample('D06').code, sample('D08').code]);
    db.close();
  });
});
