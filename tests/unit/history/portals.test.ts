import { describe, expect, it } from 'vitest';
import {
  choosePortal,
  countedPortals,
  countingPortals,
  documentOrigins,
  monthlyStats,
  periodTotals,
  proposeReportRows,
  recordObservations,
  reportPeriod,
  saveDocument,
  totalsOrigins,
  type PortalChoice,
  type PortalUse,
} from '../../../lib/history';
import { dossier as datasetRecord } from '../../fixtures/portal/dataset';
import { ORIGIN, freshHistory, observation, sample } from './helpers';

/** A second system of the same office, and a host under the built-in pattern the office never used. */
const SECOND = 'https://ducco.motcua.vnpt.vn';
const STRANGER = 'https://kontum.motcua.vnpt.vn';
const NONE: PortalChoice = { added: [], removed: [] };
const D02 = datasetRecord('D02');
const D09 = datasetRecord('D09');
const NOW = '2022-05-20T08:00';
const period = reportPeriod('month', 2022, 5);

describe('which portals count by default', () => {
  const use: PortalUse = { enabled: [ORIGIN], documented: [SECOND] };

  it('counts a portal the officer enabled or made a document from, not one only read', () => {
    expect(countedPortals([ORIGIN, SECOND, STRANGER], NONE, use)).toEqual([ORIGIN, SECOND]);
  });

  it('names every portal that counts before the period’s portals are known', () => {
    expect(countingPortals(NONE, use)).toEqual([ORIGIN, SECOND].sort());
    expect(countingPortals({ added: [STRANGER], removed: [SECOND] }, use)).toEqual([ORIGIN, STRANGER].sort());
  });

  it('keeps only the office’s departures from the default, and a removal wins', () => {
    const added = choosePortal(NONE, STRANGER, true, use);
    expect(added).toEqual({ added: [STRANGER], removed: [] });
    expect(countedPortals([ORIGIN, SECOND, STRANGER], added, use)).toEqual([ORIGIN, SECOND, STRANGER]);
    const removed = choosePortal(added, ORIGIN, false, use);
    expect(removed).toEqual({ added: [STRANGER], removed: [ORIGIN] });
    expect(countedPortals([ORIGIN, SECOND, STRANGER], removed, use)).toEqual([SECOND, STRANGER]);
    // Ticking back a used portal, or unticking an added one, returns to the default: nothing stored.
    expect(choosePortal(choosePortal(removed, ORIGIN, true, use), STRANGER, false, use)).toEqual(NONE);
    expect(countedPortals([ORIGIN], { added: [ORIGIN], removed: [ORIGIN] }, use)).toEqual([]);
  });

  it('reads the origins of the documents made', async () => {
    const { db } = await freshHistory();
    expect(await documentOrigins(db)).toEqual([]);
    const base = { kind: 'apology-letter', createdAt: NOW, template: 'default:apology-letter@1', data: {} };
    await saveDocument(db, { ...base, id: 'a', codes: [D02.code], origin: SECOND });
    await saveDocument(db, { ...base, id: 'b', codes: [D09.code], origin: SECOND });
    await saveDocument(db, { ...base, id: 'c', codes: [D09.code] });
    expect(await documentOrigins(db)).toEqual([SECOND]);
    db.close();
  });
});

describe('a report over several counted portals', () => {
  async function history() {
    const { db } = await freshHistory();
    await recordObservations(db, [
      // D02 on the second system under its old code, in a row that also showed the national code.
      observation('2022-05-18T08:00', [sample('D02', { code: D02.oldCode!, otherCodes: [D02.code] })], SECOND),
      observation('2022-05-19T08:00', [sample('D02'), sample('D09')]),
      observation('2022-05-19T09:00', [sample('D11')], STRANGER),
    ]);
    return db;
  }

  it('counts the chosen portals only, and one dossier seen on two of them once', async () => {
    const db = await history();
    const both = await proposeReportRows(db, period, NOW, { origins: [ORIGIN, SECOND] });
    const codes = both.late.map((r) => r.code);
    expect(codes.filter((c) => c === D02.code || c === D02.oldCode)).toHaveLength(1);
    expect(codes).toContain(D09.code);
    expect(both.late.map((r) => r.origin)).not.toContain(STRANGER);
    expect(both.origins).toEqual([SECOND, ORIGIN, STRANGER].sort());
    // The row of D02 carries its other code, so its documents are found under either.
    const d02 = both.late.find((r) => r.code === D02.code || r.code === D02.oldCode)!;
    expect([d02.code, ...(d02.aliases ?? [])].sort()).toEqual([D02.code, D02.oldCode].sort());

    const all = await proposeReportRows(db, period, NOW);
    expect(all.late).toHaveLength(both.late.length + 1);
    expect((await proposeReportRows(db, period, NOW, { origins: [] })).late).toEqual([]);
    db.close();
  });

  it('gives the totals and the statistics over the same portals', async () => {
    const db = await history();
    const totals = await periodTotals(db, period, NOW, [ORIGIN, SECOND]);
    const everything = await periodTotals(db, period, NOW);
    const seen = (t: typeof totals) => t.receivedTotal + t.carriedOver;
    expect(seen(everything) - seen(totals)).toBe(1);
    // A portal whose dossiers are all on time has no row, but its dossiers are in the totals: offered.
    const ON_TIME = 'https://motcua.cantho.gov.vn';
    await recordObservations(db, [observation('2022-05-19T10:00', [sample('D02', { code: 'ON-TIME-1', dueAt: '2022-06-30T16:00' })], ON_TIME)]);
    expect((await proposeReportRows(db, period, NOW)).origins).not.toContain(ON_TIME);
    expect(await totalsOrigins(db, period, NOW)).toEqual([ON_TIME, ORIGIN, SECOND, STRANGER].sort());
    const [month] = await monthlyStats(db, '2022-05', '2022-05', NOW, { origins: [ORIGIN, SECOND] });
    expect(month!.late).toBe(2);
    db.close();
  });
});
