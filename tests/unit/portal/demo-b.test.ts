import { afterEach, describe, expect, it } from 'vitest';
import { locateDossierLists, readDossierDetail, readDossierList } from '../../../lib/portal';
import type { Dossier } from '../../../lib/dossier/schema';
import { PAGE_LISTS, VARIANT_STATUS_TEXT, dossier, type DossierKey } from '../../fixtures/portal/dataset';
import { portalFacts } from '../../fixtures/portal/portal-facts';
import { DEMO_ORIGIN, pick } from './demo';
import { click, openSpa, waitFor } from './spa';

const FIELDS = ['procedure', 'applicant', 'phone', 'receivedAt', 'dueAt', 'agency', 'status', 'statusText'] as const;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

function expectPage(dossiers: Dossier[], keys: readonly DossierKey[], variant: 'bByUpdated' | 'bByAppointment'): void {
  expect(dossiers.map((d) => d.code)).toEqual(keys.map((k) => dossier(k).code));
  keys.forEach((key, i) => {
    const expected = { ...dossier(key) };
    const variantText = VARIANT_STATUS_TEXT[variant]?.[key];
    if (variantText) expected.statusText = variantText;
    expect({ key, ...pick(dossiers[i], FIELDS) }).toEqual({ key, ...pick(expected, FIELDS) });
    expect(dossiers[i]?.detailUrl?.startsWith(`${DEMO_ORIGIN}/fixtures/b/vi/dossier/processing/`)).toBe(true);
  });
}

const rowIds = (document: Document): string => Array.from(document.querySelectorAll('mat-row')).map((r) => r.getAttribute('data-id')).join(',');

/** Waits for the page to show `count` rows different from `before`. */
async function nextRows(document: Document, before: string, count: number): Promise<void> {
  await waitFor(() => document.querySelectorAll('mat-row').length === count && rowIds(document) !== before, `${count} new rows`);
}

describe.each(['client', 'server'])('demo portal B (iGate-like SPA run in happy-dom), %s paging', (paging) => {
  it('reads every page in both sort orders field by field, with the same list view across page changes', async () => {
    const spa = await openSpa(`/fixtures/b/vi/dossier/processing${paging === 'server' ? '?paging=server' : ''}`);
    close = spa.close;
    const doc = spa.document;
    await nextRows(doc, '', 5);
    const [view] = locateDossierLists(doc);
    expect(view?.element.tagName).toBe('MAT-TABLE');
    for (const [variant, pages] of [['bByUpdated', PAGE_LISTS.bByUpdated], ['bByAppointment', PAGE_LISTS.bByAppointment]] as const) {
      for (let p = 0; p < pages.length; p++) {
        const keys = pages[p]!;
        if (p > 0) {
          const before = rowIds(doc);
          click(doc, '.mat-paginator-navigation-next');
          await nextRows(doc, before, keys.length);
        }
        expectPage(readDossierList(doc).dossiers, keys, variant);
        // The overlay's incremental path: the view found on page 1 still reads the new rows.
        if (variant === 'bByUpdated') {
          const rows = [...view!.rowElements()];
          expect(rows.map((r) => view!.readRow(r)?.key)).toEqual(keys.map((k) => dossier(k).code));
          expect(view!.dueCell(rows[0]!)?.classList.contains('mat-column-appointmentDate')).toBe(true);
        }
      }
      if (variant === 'bByUpdated') {
        const before = rowIds(doc);
        click(doc, 'mat-header-cell.mat-column-appointmentDate');
        await nextRows(doc, before, 5);
      }
    }
  }, 30_000);
});

describe('demo portal B: refresh and detail', () => {
  it('after "Làm mới" replaces the whole table, a new look-up finds the new table with page 1', async () => {
    const spa = await openSpa('/fixtures/b/vi/dossier/processing');
    close = spa.close;
    const doc = spa.document;
    await nextRows(doc, '', 5);
    const old = locateDossierLists(doc)[0]!.element;
    const before = rowIds(doc);
    click(doc, '.mat-paginator-navigation-next');
    await nextRows(doc, before, 5);
    click(doc, '.btn-refresh');
    await waitFor(() => !old.isConnected && doc.querySelectorAll('mat-row').length === 5, 'a new table');
    const lists = locateDossierLists(doc);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.element).not.toBe(old);
    expectPage(readDossierList(doc).dossiers, PAGE_LISTS.bByUpdated[0], 'bByUpdated');
  }, 30_000);

  it.each(['D01', 'D06', 'D04', 'D12'] as const)('the detail route of %s gives the letter fields from input.value', async (key) => {
    const spa = await openSpa(`/fixtures/b/vi/dossier/processing/${portalFacts(dossier(key)).igateId}`);
    close = spa.close;
    await waitFor(() => spa.document.querySelector('.form-grid input') !== null, 'the detail form');
    const { dossier: got, fields } = readDossierDetail(spa.document);
    const names = ['code', 'procedure', 'applicant', 'phone', 'receivedAt', 'dueAt', 'receivingAgency', 'agency', 'status'] as const;
    expect(pick(got, names)).toEqual(pick(dossier(key), names));
    // B joins iGate's village/district/province labels, which capitalise "Xã", "Huyện", "Tỉnh".
    expect(got?.address?.toLowerCase()).toBe(dossier(key).address?.toLowerCase());
    expect(fields.dueAt).toBe('Ngày hẹn trả');
  }, 30_000);
});
