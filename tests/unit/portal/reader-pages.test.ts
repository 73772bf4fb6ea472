import { describe, expect, it } from 'vitest';
import { readDossierList, locateDossierLists } from '../../../lib/portal';
import { READER_DATASET, type ReaderKey } from '../../fixtures/reader/dataset';
import { loadPage } from './load';

const PAGES = [
  'datatables-scroll.html', 'kendo-grid.html', 'aria-grid.html', 'opencps.html', 'several-tables.html',
  'antd-virtual.html', 'dojo-grid.html', 'igate-en.html', 'unlabelled-code.html', 'element-table.html', 'ag-grid-grouped.html',
];
const KEYS = Object.keys(READER_DATASET) as ReaderKey[];

describe.each(PAGES)('reader page %s', (page) => {
  const result = readDossierList(loadPage(`reader/${page}`));

  it('finds exactly one dossier list with the four dossiers', () => {
    expect(result.lists).toHaveLength(1);
    expect(result.dossiers.map((d) => d.code)).toEqual(KEYS.map((k) => READER_DATASET[k].code));
  });

  it.each(KEYS)('recovers %s field by field', (key) => {
    const expected = READER_DATASET[key];
    const got = result.dossiers.find((d) => d.code === expected.code);
    expect(got).toBeDefined();
    for (const field of ['procedure', 'applicant', 'receivedAt', 'dueAt', 'status'] as const) {
      expect({ field, value: got?.[field] }).toEqual({ field, value: expected[field] });
    }
  });

  it('marks a due date given without a time as date-only', () => {
    const r4 = result.dossiers.find((d) => d.code === READER_DATASET.R4.code);
    const r1 = result.dossiers.find((d) => d.code === READER_DATASET.R1.code);
    expect(r4?.dueDateOnly).toBe(true);
    expect(r1?.dueDateOnly).toBe(false);
  });

  it('keeps markup-like cell text as text and never builds elements from it', () => {
    const doc = loadPage(`reader/${page}`);
    expect(doc.querySelectorAll('img[onerror]').length).toBe(0);
    readDossierList(doc);
    expect(doc.querySelectorAll('img[onerror]').length).toBe(0);
  });

  it('names the badge cell of each row', () => {
    const [view] = locateDossierLists(loadPage(`reader/${page}`));
    // Numbering and total rows are enumerated by shape and hold no dossier, as their reads say.
    const rows = [...view!.rowElements()].filter((r) => view!.readRow(r));
    expect(rows).toHaveLength(4);
    const cell = view!.dueCell(rows[1]!);
    expect(cell?.textContent).toMatch(/26[/-]0?8[/-]2024|2024-08-26/);
  });
});

describe('page-specific details', () => {
  it('DataTables: links give absolute detail URLs; the sizing header is not a row', () => {
    const { dossiers, lists } = readDossierList(loadPage('reader/datatables-scroll.html'));
    expect(dossiers[0]?.detailUrl).toBe('https://motcua.example.gov.vn/ho-so/chi-tiet?id=361');
    expect(lists[0]?.element.classList.contains('dataTables_scroll')).toBe(true);
    expect(lists[0]?.rows).toHaveLength(4);
  });

  it('ARIA grid: applicant cell splits into name without ID number and phone (+84 kept)', () => {
    const { dossiers } = readDossierList(loadPage('reader/aria-grid.html'));
    expect(dossiers.map((d) => d.phone)).toEqual(['0900000201', '+84900000202', '0900000203', '0900000204']);
    expect(dossiers[0]?.applicant).toBe('Nguyễn Thị Thử');
  });

  it('OpenCPS: stacked dates map by header order; the countdown is only a hint', () => {
    const { dossiers } = readDossierList(loadPage('reader/opencps.html'));
    expect(dossiers[0]?.submittedAt).toBe('2023-10-26T20:00');
    expect(dossiers[0]?.remainingHint).toEqual({ kind: 'overdue', days: 4, text: 'Quá hạn 4 ngày' });
    expect(dossiers[3]?.submittedAt).toBe('2024-05-18T22:15');
  });

  it('several tables: only the DataGrid is a list; title, numbering, total and pager rows are skipped', () => {
    const doc = loadPage('reader/several-tables.html');
    const { lists, dossiers } = readDossierList(doc);
    expect(lists.map((l) => l.element.id)).toEqual(['dgdDanhSach']);
    expect(lists[0]?.rows.map((r) => r.key)).toEqual(dossiers.map((d) => d.code));
    expect(dossiers[0]?.statusText).toBe('Phòng Tài nguyên và Môi trường đang Thụ lý');
    expect(dossiers[0]?.remainingHint).toEqual({ kind: 'overdue', days: 4, text: 'Đã quá hạn 4 ngày' });
    expect(dossiers[2]?.returnedAt).toBe('2024-05-20T17:00');
    expect(dossiers[0]?.detailUrl).toBeUndefined();
  });
});
