import { describe, expect, it } from 'vitest';
import { countedPortals, fromPortals, portalUses, proposeReportRows, recordObservations } from '../../../lib/history';
import { freshHistory, observation, ORIGIN, sample } from '../history/helpers';

const STRANGER = 'https://hacker.motcua.vnpt.vn';

/** Issue 16 item 14: the office chooses which portals feed its report; by default those actually used. */
describe('the portals a report counts', () => {
  it('by default leaves out a portal seen once, keeps those used on several days, and follows the office’s choice', async () => {
    const { db } = await freshHistory();
    const late = (code: string) => sample('D02', { code });
    await recordObservations(db, [
      observation('2022-05-19T08:00', [late('H21.57.14-220505-0007')]),
      observation('2022-05-20T08:00', [late('H21.57.14-220505-0008')]),
      observation('2022-05-20T09:00', [late('X-1'), late('X-2'), late('X-3')], STRANGER),
    ]);
    const uses = await portalUses(db);
    expect(uses).toEqual([
      { origin: STRANGER, dossiers: 3, days: 1, usedByDefault: false },
      { origin: ORIGIN, dossiers: 2, days: 2, usedByDefault: true },
    ]);
    const proposal = await proposeReportRows(db, { from: '2022-05-01', to: '2022-05-31' }, '2022-05-31T17:00');
    expect(proposal.late.map((r) => r.origin).sort()).toEqual([ORIGIN, ORIGIN, STRANGER, STRANGER, STRANGER]);
    expect(fromPortals(proposal, countedPortals(uses, [])).late.map((r) => r.origin)).toEqual([ORIGIN, ORIGIN]);
    expect(fromPortals(proposal, countedPortals(uses, [STRANGER])).late.map((r) => r.origin)).toEqual([STRANGER, STRANGER, STRANGER]);
  });

  it('counts every portal while none has been used on two days yet (a new installation)', async () => {
    const { db } = await freshHistory();
    await recordObservations(db, [observation('2022-05-20T08:00', [sample('D02')])]);
    expect(countedPortals(await portalUses(db), [])).toEqual(new Set([ORIGIN]));
  });
});
