import { describe, expect, it } from 'vitest';
import { STANDING_STATUSES, type StandingStatus } from '../../../lib/deadline/standing';
import { documentAction, type DocumentAction } from '../../../lib/overlay/actions';

/**
 * Which document a row's badge and panel entry open, for every standing: the apology letter with
 * a new appointment for a dossier late or about to be (Mẫu 04; NĐ 61/2018, see docs/rules.md), the
 * request for additions (Mẫu 02) while the completeness check is running out. A one-word change
 * here would send an officer to the wrong form, so the whole table is written out.
 */
const EXPECTED: Record<StandingStatus, DocumentAction | undefined> = {
  overdue: 'apology',
  'due-today': 'apology',
  'due-soon': 'apology',
  'check-soon': 'supplement',
  'on-time': undefined,
  paused: undefined,
  'done-on-time': undefined,
  'done-late': undefined,
  'not-applicable': undefined,
  unknown: undefined,
};

describe('documentAction', () => {
  it.each(STANDING_STATUSES.map((status) => [status, EXPECTED[status]] as const))('%s → %s', (status, action) => {
    expect(documentAction(status)).toBe(action);
  });
});
