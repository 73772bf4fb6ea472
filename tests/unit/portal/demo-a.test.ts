import { describe, expect, it } from 'vitest';
import { readDossierList } from '../../../lib/portal';
import { PAGE_LISTS, dossier } from '../../fixtures/portal/dataset';
import { DEMO_ORIGIN, day, demoPage, pick } from './demo';

const LIST_FIELDS = ['procedure', 'applicant', 'address', 'receivedAt', 'dueAt', 'agency', 'status', 'statusText'] as const;

describe('demo portal A (R3 list), both pages', () => {
  it.each([
    [1, 'danh-sach-ho-so.html?page=1'],
    [2, 'danh-sach-ho-so.html?page=2'],
  ])('page %i recovers the dataset field by field', async (page, path) => {
    const { lists, dossiers } = readDossierList(await demoPage(`/fixtures/a/${path}`));
    const keys = PAGE_LISTS.aList[page - 1]!;
    expect(lists).toHaveLength(1);
    expect(dossiers.map((d) => d.code)).toEqual(keys.map((k) => dossier(k).oldCode));
    keys.forEach((key, i) => {
      const expected = dossier(key);
      const got = dossiers[i];
      expect({ key, ...pick(got, LIST_FIELDS) }).toEqual({ key, ...pick(expected, LIST_FIELDS) });
      expect(got?.detailUrl).toBe(`${DEMO_ORIGIN}/fixtures/a/chi-tiet.html?id=${key}`);
      expect(got?.dueDateOnly).toBe(false);
    });
  });

  it('reads D02 from the R3 half-day window with the countdown as a hint, D09 from the split receipt cell', async () => {
    const { dossiers } = readDossierList(await demoPage('/fixtures/a/danh-sach-ho-so.html?page=1'));
    const d02 = dossiers.find((d) => d.code === dossier('D02').oldCode);
    const d09 = dossiers.find((d) => d.code === dossier('D09').oldCode);
    expect(d02?.dueAt).toBe('2022-05-17T16:00');
    expect(d02?.remainingHint).toEqual({ kind: 'overdue', days: 3, text: 'Đã quá hạn 3 ngày' });
    expect(d09?.receivedAt).toBe('2022-05-16T09:00');
  });

  it('reads D04 as returned with the day of return from the status cell', async () => {
    const { dossiers } = readDossierList(await demoPage('/fixtures/a/danh-sach-ho-so.html?page=2'));
    const d04 = dossiers.find((d) => d.code === dossier('D04').oldCode);
    expect(d04?.status).toBe('returned');
    expect(day(d04?.returnedAt)).toBe(day(dossier('D04').returnedAt));
  });
});

describe('demo portal A, DataGrid mode', () => {
  it('finds exactly the three overdue dossiers, skipping header and pager rows', async () => {
    const { lists, dossiers } = readDossierList(await demoPage('/fixtures/a/danh-sach-ho-so.html?mode=datagrid'));
    expect(lists).toHaveLength(1);
    expect(lists[0]?.rows).toHaveLength(3);
    const keys = PAGE_LISTS.aDatagrid[0];
    expect(dossiers.map((d) => d.code)).toEqual(keys.map((k) => dossier(k).oldCode));
    const fields = ['applicant', 'address', 'receivedAt', 'dueAt'] as const;
    keys.forEach((key, i) => expect({ key, ...pick(dossiers[i], fields) }).toEqual({ key, ...pick(dossier(key), fields) }));
    expect(dossiers.map((d) => d.remainingHint?.days)).toEqual([3, 4, 5]);
  });
});
