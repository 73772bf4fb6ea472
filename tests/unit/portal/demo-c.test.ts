import { afterEach, describe, expect, it } from 'vitest';
import { readDossierDetail, readDossierList } from '../../../lib/portal';
import { PAGE_LISTS, SHARED_DOSSIERS, dossier, type DossierKey } from '../../fixtures/portal/dataset';
import { day, demoPage, pick } from './demo';
import { click, openSpa, waitFor } from './spa';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('demo portal C1 (AntD composite cells, run in happy-dom)', () => {
  const FIELDS = ['procedure', 'applicant', 'phone', 'address', 'submittedAt', 'receivedAt', 'dueAt', 'status', 'statusText'] as const;

  it('reads both pages field by field from the composite "Thông tin hồ sơ" and "Chủ hồ sơ" cells', async () => {
    const spa = await openSpa('/fixtures/c/theo-doi-ho-so/theo-doi-tat-ca-ho-so.html');
    close = spa.close;
    const doc = spa.document;
    const rowCount = (): number => doc.querySelectorAll('tr.ant-table-row').length;
    for (let p = 0; p < PAGE_LISTS.c1.length; p++) {
      const keys: readonly DossierKey[] = PAGE_LISTS.c1[p]!;
      if (p > 0) click(doc, '.ant-pagination-next');
      await waitFor(() => rowCount() === keys.length && doc.querySelector('tr.ant-table-row')?.getAttribute('data-row-key') !== null && readDossierList(doc).dossiers[0]?.code === dossier(keys[0]!).code, `page ${p + 1}`);
      const { lists, dossiers } = readDossierList(doc);
      expect(lists).toHaveLength(1);
      expect(dossiers.map((d) => d.code)).toEqual(keys.map((k) => dossier(k).code));
      keys.forEach((key, i) => expect({ key, ...pick(dossiers[i], FIELDS) }).toEqual({ key, ...pick(dossier(key), FIELDS) }));
    }
  }, 30_000);

  it('keeps the "Thời hạn" label as a hint, reports D13 as having no due date, and the composite cell takes the badge', async () => {
    const spa = await openSpa('/fixtures/c/theo-doi-ho-so/theo-doi-tat-ca-ho-so.html');
    close = spa.close;
    const doc = spa.document;
    await waitFor(() => doc.querySelectorAll('tr.ant-table-row').length === 10, 'page 1');
    const { lists, dossiers, diagnostics } = readDossierList(doc);
    const d03 = dossiers.find((d) => d.code === dossier('D03').code);
    expect(d03?.remainingHint).toEqual({ kind: 'left', days: 2, text: 'Còn 2 ngày' });
    expect(d03?.dueAt).toBe('2022-05-24T10:00');
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'due-missing', params: { code: dossier('D13').code } }));
    expect(lists[0]?.fields.missing).toEqual(['procedure', 'receivedAt', 'dueAt', 'status']);
  }, 30_000);

  it('reads the detail modal: code from its title, fields from the same-origin iframe', async () => {
    const spa = await openSpa('/fixtures/c/theo-doi-ho-so/theo-doi-tat-ca-ho-so.html');
    close = spa.close;
    const doc = spa.document;
    await waitFor(() => doc.querySelectorAll('tr.ant-table-row').length === 10, 'page 1');
    const codeButton = Array.from(doc.querySelectorAll<HTMLElement>('td [role="button"]')).find((b) => b.textContent === dossier('D03').code);
    codeButton!.click();
    await waitFor(() => !!doc.querySelector<HTMLIFrameElement>('.ant-modal iframe')?.contentDocument?.querySelector('input[disabled]'), 'the iframe detail');
    const { dossier: got } = readDossierDetail(doc);
    const fields = ['code', 'procedure', 'applicant', 'phone', 'address', 'receivedAt', 'dueAt', 'receivingAgency', 'status'] as const;
    expect(pick(got, fields)).toEqual(pick(dossier('D03'), fields));
  }, 30_000);
});

describe('demo portal C detail pages (disabled AntD inputs)', () => {
  it.each(SHARED_DOSSIERS.map((r) => [r.key] as const))('%s', async (key) => {
    const { dossier: got } = readDossierDetail(await demoPage(`/fixtures/c/theo-doi-ho-so/chi-tiet.html?id=${key}`));
    const expected = dossier(key);
    const fields = ['code', 'procedure', 'applicant', 'phone', 'address', 'receivedAt', 'dueAt', 'receivingAgency', 'status', 'returnedAt'] as const;
    expect(pick(got, fields)).toEqual(pick(expected, fields));
  });
});

describe('demo portal C2 (split-header register)', () => {
  it('resolves the two-row header, skips the numbering row and reads the 12 dossiers by day', async () => {
    const { lists, dossiers } = readDossierList(await demoPage('/fixtures/c/so-theo-doi.html'));
    expect(lists).toHaveLength(1);
    const leaf = lists[0]!.fields.columns.map((c) => c.label);
    expect(leaf).toContain('Hẹn trả kết quả');
    expect(lists[0]!.fields.columns.find((c) => c.label === 'Hẹn trả kết quả')?.fields).toEqual(['dueAt']);
    const keys = PAGE_LISTS.c2[0];
    expect(dossiers.map((d) => d.code)).toEqual(keys.map((k) => dossier(k).code));
    keys.forEach((key, i) => {
      const e = dossier(key);
      const d = dossiers[i];
      expect({ key, procedure: d?.procedure, applicant: d?.applicant, phone: d?.phone, address: d?.address }).toEqual({
        key, procedure: e.procedure, applicant: e.applicant, phone: e.phone, address: e.address,
      });
      expect({ key, received: day(d?.receivedAt), due: day(d?.dueAt), returned: day(d?.returnedAt) }).toEqual({
        key, received: day(e.receivedAt), due: day(e.dueAt), returned: day(e.returnedAt),
      });
      expect(d?.dueAt?.slice(11)).toBe('17:00');
      expect(d?.dueDateOnly).toBe(true);
      expect(d?.agency?.startsWith(e.agency!)).toBe(true);
      // No status column: a "Trả kết quả" date means returned, anything else is not known.
      expect({ key, status: d?.status }).toEqual({ key, status: e.returnedAt ? 'returned' : 'unknown' });
    });
  });
});

describe('demo portal C3 (OpenCPS stacked dates)', () => {
  it('maps the stacked date lines by header order and splits procedure and applicant', async () => {
    const { dossiers } = readDossierList(await demoPage('/fixtures/c/opencps.html'));
    const keys = PAGE_LISTS.c3[0];
    expect(dossiers.map((d) => d.code)).toEqual(keys.map((k) => dossier(k).code));
    const fields = ['procedure', 'applicant', 'receivedAt', 'dueAt', 'status'] as const;
    keys.forEach((key, i) => {
      expect({ key, ...pick(dossiers[i], fields) }).toEqual({ key, ...pick(dossier(key), fields) });
      expect(dossiers[i]?.agency?.startsWith(dossier(key).agency!)).toBe(true);
    });
  });
});
