import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPageContext } from '../../../lib/documents/page/page-context';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { saveSettings } from '../../../lib/settings/storage';
import { DossierSchema } from '../../../lib/dossier/schema';
import { HistoryError, recordObservation, validateBackup } from '../../../lib/history';
import { monthsFromTo } from '../../../lib/time/strings';
import { parseDate } from '../../../lib/portal/dates';
import { DateWindowError, dateWindow, inDateWindow } from '../../../lib/time/window';
import { freshHistory, observation, sample } from '../history/helpers';
import { vietnamEpoch } from './clock';

/** Issue 16 item 2: one date window for the reader, the dossier contract and the history. */
describe('the shared date window', () => {
  it('runs from 1990 to the end of the tenth year after the real clock', () => {
    expect(dateWindow(vietnamEpoch('2026-11-29T10:00'))).toMatchObject({ from: '1990-01-01', to: '2036-12-31' });
    expect(inDateWindow('1989-12-31T23:59', vietnamEpoch('2026-01-01T00:00'))).toBe(false);
    expect(inDateWindow('2036-12-31T23:59', vietnamEpoch('2026-01-01T00:00'))).toBe(true);
    expect(inDateWindow('2037-01-01T00:00', vietnamEpoch('2026-01-01T00:00'))).toBe(false);
  });

  it('makes the reader report dates outside it as unreadable', () => {
    for (const text of ['20/05/2200', '31/12/9999', '01/01/1900', '2199-12-31T08:00:00+07:00']) {
      expect(parseDate(text)).toEqual({ invalid: expect.any(String) });
    }
    expect(parseDate('20/05/2022')).toMatchObject({ value: '2022-05-20T00:00' });
  });

  it('makes a dossier dated outside it invalid, so the row is unreadable rather than judged', () => {
    expect(DossierSchema.safeParse({ code: 'X', status: 'processing', dueAt: '2200-01-02T17:00' }).success).toBe(false);
    expect(DossierSchema.safeParse({ code: 'X', status: 'returned', dueAt: '1900-01-02T17:00', returnedAt: '2199-12-01T10:00' }).success).toBe(false);
    expect(DossierSchema.safeParse({ code: 'X', status: 'processing', dueAt: '2022-05-20T17:00' }).success).toBe(true);
  });

  it('bounds the month loop: a span to 9999 is refused at once instead of running for ever', () => {
    const started = performance.now();
    expect(() => monthsFromTo('2022-01', '9999-12')).toThrow(DateWindowError);
    expect(() => monthsFromTo('1900-01', '2199-12')).toThrow(DateWindowError);
    expect(performance.now() - started).toBeLessThan(50);
    expect(monthsFromTo('2022-11', '2023-02')).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
    expect(monthsFromTo('2023-02', '2022-11')).toEqual([]);
  });

  it('refuses to record a dossier returned in December 9999 or due 1900 and returned 2199', async () => {
    const { db } = await freshHistory();
    const base = sample('D02');
    for (const dates of [{ returnedAt: '9999-12-01T10:00' }, { dueAt: '1900-01-02T17:00', returnedAt: '2199-12-01T10:00' }]) {
      await expect(recordObservation(db, observation('2022-05-20T08:00', [{ ...base, status: 'returned', ...dates }]))).rejects.toThrow(
        HistoryError,
      );
    }
    expect(await db.count('dossiers')).toBe(0);
  });

  it('refuses a backup whose dates lie outside it', () => {
    const backup = {
      format: 'nhac-han/history',
      formatVersion: 1,
      exportedAt: '2022-05-20T08:00',
      counts: { dossiers: 1, documents: 0, drafts: 0 },
      dossiers: [
        {
          origin: 'https://dichvucong.gialai.gov.vn',
          code: 'X-1',
          firstSeen: '2022-05-20T08:00',
          lastSeen: '9999-12-31T23:59',
          snapshot: { code: 'X-1', status: 'processing' },
          events: [],
        },
      ],
      documents: [],
      drafts: [],
    };
    expect(() => validateBackup(backup)).toThrow(/lastSeen/);
  });

  it('makes the extension pages ignore an as-of override outside it, as the overlay does', async () => {
    fakeBrowser.reset();
    await saveSettings({ ...DEFAULT_SETTINGS, asOf: '2199-12-31T08:00' });
    const context = await loadPageContext();
    expect(context.asOfOverridden).toBe(false);
    expect(inDateWindow(context.asOf)).toBe(true);
    await saveSettings({ ...DEFAULT_SETTINGS, asOf: '2022-05-20T08:00' });
    expect(await loadPageContext()).toMatchObject({ asOf: '2022-05-20T08:00', asOfOverridden: true });
  });
});
