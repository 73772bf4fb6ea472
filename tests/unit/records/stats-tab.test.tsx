import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCalendar } from '../../../lib/calendar';
import { recordObservations, type HistoryDB } from '../../../lib/history';
import { docsTranslator } from '../../../lib/i18n/documents-translator';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { StatsTab } from '../../../entrypoints/records/StatsTab';
import { ORIGIN, freshHistory, observation, sample } from '../history/helpers';

/** A host under the built-in pattern, only browsed: offered, not counted until ticked. */
const STRANGER = 'https://kontum.motcua.vnpt.vn';
const context = {
  settings: { ...DEFAULT_SETTINGS, portalOrigins: [ORIGIN] },
  lang: 'vi' as const,
  asOf: '2022-05-20T08:00',
  asOfOverridden: true,
  calendar: createCalendar(DEFAULT_SETTINGS.calendar),
};

let db: HistoryDB;
beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings: { portalOrigins: [ORIGIN] } });
  ({ db } = await freshHistory());
  await recordObservations(db, [
    observation('2022-05-19T08:00', [sample('D02')]),
    observation('2022-05-19T09:00', [sample('D11'), sample('D09')], STRANGER),
  ]);
});

afterEach(() => {
  cleanup();
  db.close();
});

const settled = () => waitFor(() => expect(document.querySelector('.stats-view')?.getAttribute('data-state')).toBe('ready'), { timeout: 10_000 });
/** May's late count in the month table. */
const mayLate = () => screen.getByRole('rowheader', { name: '2022-05' }).nextElementSibling?.textContent;

describe('the statistics tab', () => {
  it('counts the portals the office chose, the same choice as the report', async () => {
    render(<StatsTab db={db} context={context} lang="vi" t={docsTranslator('vi')} />);
    await settled();
    expect(mayLate()).toBe('1');
    fireEvent.click(screen.getByRole('checkbox', { name: 'kontum.motcua.vnpt.vn' }));
    await settled();
    expect(mayLate()).toBe('3');
    await waitFor(async () =>
      expect(((await fakeBrowser.storage.local.get('settings')) as { settings: typeof DEFAULT_SETTINGS }).settings.countedPortals).toEqual({ added: [STRANGER], removed: [] }),
    );
  });
});
