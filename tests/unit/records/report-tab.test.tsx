import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createCalendar } from '../../../lib/calendar';
import { recordObservations, type HistoryDB } from '../../../lib/history';
import { docsTranslator } from '../../../lib/i18n/documents-translator';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { ReportTab } from '../../../entrypoints/records/ReportTab';
import { dossier as datasetRecord } from '../../fixtures/portal/dataset';
import { ORIGIN, freshHistory, observation, sample } from '../history/helpers';

/**
 * The report tab proposes its rows from the history each time the month, the statuses or the counted
 * portals change. `held` holds back the proposals of one run, so a test can make an earlier run
 * finish after a later one, as a slow read of the history does in the browser.
 */
let held: Promise<void> | undefined;
const proposals = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/history', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../lib/history')>();
  return {
    ...actual,
    proposeReportRows: async (...args: Parameters<typeof actual.proposeReportRows>) => {
      proposals.count++;
      const gate = held;
      const result = await actual.proposeReportRows(...args);
      if (gate) await gate;
      return result;
    },
  };
});

/** A host under the built-in pattern, only browsed: offered, not counted until ticked. */
const STRANGER = 'https://kontum.motcua.vnpt.vn';
const NOW = '2022-05-20T08:00';
const D02 = datasetRecord('D02');
const D09 = datasetRecord('D09');
const D11 = datasetRecord('D11');

const context = {
  settings: { ...DEFAULT_SETTINGS, portalOrigins: [ORIGIN] },
  lang: 'vi' as const,
  asOf: NOW,
  asOfOverridden: true,
  calendar: createCalendar(DEFAULT_SETTINGS.calendar),
};

let db: HistoryDB;
beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings: { portalOrigins: [ORIGIN] } });
  ({ db } = await freshHistory());
  await recordObservations(db, [
    observation('2022-04-25T08:00', [sample('D09', { dueAt: '2022-04-20T16:00' })]),
    observation('2022-05-19T08:00', [sample('D02')]),
    observation('2022-05-19T09:00', [sample('D11')], STRANGER),
  ]);
  held = undefined;
  proposals.count = 0;
});

afterEach(() => {
  cleanup();
  db.close();
});

const view = () => document.querySelector('.report-view');
const settled = () => waitFor(() => expect(view()?.getAttribute('data-state')).toBe('ready'), { timeout: 10_000 });
const rowCodes = () => [...document.querySelectorAll('.report-rows tr[data-code]')].map((tr) => tr.getAttribute('data-code'));
const stored = async () => ((await fakeBrowser.storage.local.get('settings')) as { settings: typeof DEFAULT_SETTINGS }).settings;

describe('the report tab', () => {
  it('counts the portals the office used, and one more once ticked, in the view and in the settings', async () => {
    render(<ReportTab db={db} context={context} lang="vi" t={docsTranslator('vi')} />);
    await settled();
    // D09, due in April and still open, is late in May too.
    expect(rowCodes().sort()).toEqual([D02.code, D09.code].sort());
    const stranger = screen.getByRole('checkbox', { name: 'kontum.motcua.vnpt.vn' }) as HTMLInputElement;
    const own = screen.getByRole('checkbox', { name: 'dichvucong.gialai.gov.vn' }) as HTMLInputElement;
    expect([own.checked, stranger.checked]).toEqual([true, false]);

    proposals.count = 0;
    fireEvent.click(stranger);
    // From the render that applies the tick, the view is not ready until its rows are proposed.
    expect(view()?.getAttribute('data-state')).toBe('loading');
    await settled();
    // Proposed once for the new choice, not once to learn the portals and again for the rows.
    expect(proposals.count).toBe(1);
    expect(rowCodes().sort()).toEqual([D02.code, D09.code, D11.code].sort());
    expect(document.querySelector(`.report-rows tr[data-code="${D11.code}"]`)?.getAttribute('data-origin')).toBe(STRANGER);
    await waitFor(async () => expect((await stored()).countedPortals).toEqual({ added: [STRANGER], removed: [] }));

    fireEvent.click(own);
    await settled();
    expect(rowCodes()).toEqual([D11.code]);
    await waitFor(async () => expect((await stored()).countedPortals).toEqual({ added: [STRANGER], removed: [ORIGIN] }));
  });

  it('says so when no portal counts', async () => {
    await fakeBrowser.storage.local.set({ settings: { portalOrigins: [] } });
    render(<ReportTab db={db} context={context} lang="vi" t={docsTranslator('vi')} />);
    await settled();
    expect(rowCodes()).toEqual([]);
    expect(screen.getByText('Chưa tính cổng nào: đánh dấu cổng một cửa mà đơn vị dùng.')).toBeTruthy();
  });

  it('discards a proposal overtaken by a later choice, so the rows and the draft are the latest', async () => {
    let release!: () => void;
    held = new Promise((resolve) => (release = resolve));
    render(<ReportTab db={db} context={context} lang="vi" t={docsTranslator('vi')} />);
    // May's proposal is under way and held back; the officer turns to April meanwhile.
    await waitFor(() => expect(proposals.count).toBeGreaterThan(0));
    held = undefined;
    fireEvent.input(screen.getByLabelText('Kỳ báo cáo (tháng)'), { target: { value: '04/2022' } });
    await settled();
    expect(rowCodes()).toEqual([D09.code]);
    release();
    // May's late rows would land now if the stale run were applied.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(rowCodes()).toEqual([D09.code]);
    expect(view()?.getAttribute('data-state')).toBe('ready');
    expect(await db.get('drafts', 'monthly-report:2022-05-01:2022-05-31')).toBeUndefined();
  });
});
