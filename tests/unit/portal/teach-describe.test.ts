import { describe, expect, it } from 'vitest';
import { readDossierList } from '../../../lib/portal';
import { describePage, shapeOf } from '../../../lib/portal/describe';
import { rowCells, findGrids } from '../../../lib/portal/grid';
import { profileFromClicks } from '../../../lib/portal/teach';
import { cellText, lines } from '../../../lib/portal/text';
import { demoPage } from './demo';
import { loadPage, pageFromHtml } from './load';

const READER_PAGES = [
  'datatables-scroll.html', 'kendo-grid.html', 'aria-grid.html', 'opencps.html', 'several-tables.html',
  'antd-virtual.html', 'dojo-grid.html', 'igate-en.html', 'unlabelled-code.html',
];

describe('teach a page in two clicks (issue 11 item 6)', () => {
  const UNKNOWN = `<div id="ds"><table class="grid">
    <tr><th>Số</th><th>Công việc</th><th>Mốc</th><th>Ghi chú</th></tr>
    <tr><td>BN-0001</td><td>Cấp phép</td><td>20/05/2022 16:00</td><td>Đang xử lý</td></tr>
    <tr><td>BN-0002</td><td>Khai sinh</td><td>23/05/2022</td><td>Đã trả kết quả</td></tr>
  </table></div>`;

  it('a list nobody can read becomes readable from a click on a due date and one on a code', () => {
    const doc = pageFromHtml(UNKNOWN);
    expect(readDossierList(doc).dossiers).toEqual([]);
    const cells = Array.from(doc.querySelectorAll('tr:nth-child(2) td'));
    const taught = profileFromClicks(doc, 'https://motcua.example.gov.vn', [
      { field: 'dueAt', target: cells[2]! },
      { field: 'code', target: cells[0]! },
      { field: 'status', target: cells[3]! },
    ]);
    expect('profile' in taught).toBe(true);
    if (!('profile' in taught)) return;
    expect(taught.profile.columns).toEqual({ dueAt: { header: 'Mốc' }, code: { header: 'Số' }, status: { header: 'Ghi chú' } });
    expect(taught.profile.listSelector).toBe('table.grid');
    expect(readDossierList(doc, taught.profile).dossiers.map((d) => [d.code, d.dueAt, d.status])).toEqual([
      ['BN-0001', '2022-05-20T16:00', 'processing'],
      ['BN-0002', '2022-05-23T17:00', 'returned'],
    ]);
  });

  it('works on a dojox DataGrid, whose rows are one-row tables', () => {
    const doc = loadPage('reader/dojo-grid.html');
    const row = doc.querySelectorAll('.dojoxGridRow')[1]!;
    const cells = Array.from(row.querySelectorAll('td'));
    const taught = profileFromClicks(doc, 'https://x.example', [{ field: 'dueAt', target: cells[6]! }, { field: 'code', target: cells[2]! }]);
    expect('profile' in taught ? taught.profile.columns : taught.problem.code).toEqual({ dueAt: { header: 'Ngày hẹn trả' }, code: { header: 'Mã hồ sơ' } });
  });

  it('a column whose header is not unique is named by the cell path in its row', () => {
    const doc = pageFromHtml(`<table><tr><th>Ngày</th><th>Ngày</th><th>Mã</th></tr>
      <tr><td>13/05/2022</td><td><b>20/05/2022</b></td><td>BN-0001</td></tr></table>`);
    const cells = Array.from(doc.querySelectorAll('td'));
    const taught = profileFromClicks(doc, 'https://x.example', [{ field: 'dueAt', target: cells[1]!.firstElementChild! }, { field: 'code', target: cells[2]! }]);
    if (!('profile' in taught)) throw new Error(taught.problem.code);
    expect(taught.profile.columns.dueAt).toEqual({ selector: ':scope > td:nth-child(2)' });
    expect(readDossierList(doc, taught.profile).dossiers.map((d) => [d.code, d.dueAt])).toEqual([['BN-0001', '2022-05-20T17:00']]);
  });

  it('says what is missing instead of guessing', () => {
    const doc = pageFromHtml(UNKNOWN);
    const cells = Array.from(doc.querySelectorAll('tr:nth-child(2) td'));
    const outside = doc.createElement('p');
    doc.body.appendChild(outside);
    const problem = (r: ReturnType<typeof profileFromClicks>) => ('problem' in r ? r.problem.code : 'ok');
    expect(problem(profileFromClicks(doc, 'o', [{ field: 'dueAt', target: cells[2]! }]))).toBe('teach-incomplete');
    expect(problem(profileFromClicks(doc, 'o', [{ field: 'dueAt', target: cells[2]! }, { field: 'code', target: outside }]))).toBe('teach-not-in-list');
    const other = doc.querySelectorAll('tr:nth-child(3) td')[2]!;
    expect(problem(profileFromClicks(doc, 'o', [{ field: 'dueAt', target: cells[2]! }, { field: 'code', target: other }]))).toBe('teach-same-column');
  });
});

describe('page description without citizen data (issue 11 item 7)', () => {
  it('shapes values: letters per word, digits one by one', () => {
    expect(shapeOf('Nguyễn Thị Thử')).toBe('Aa Aa Aa');
    expect(shapeOf('27/10/2023 08:30')).toBe('99/99/9999 99:99');
    expect(shapeOf('H21.57.14-220513-0001')).toBe('Aa99.99.99-999999-9999');
  });

  const pages: Array<[string, () => Promise<Document> | Document]> = [
    ...READER_PAGES.map((p): [string, () => Document] => [p, () => loadPage(`reader/${p}`)]),
    ['demo A', () => demoPage('/fixtures/a/danh-sach-ho-so.html?page=1')],
    ['demo C2', () => demoPage('/fixtures/c/so-theo-doi.html')],
  ];

  it.each(pages)('%s: no value of any body cell is in the saved file, the structure is', async (_name, load) => {
    const doc = await load();
    const description = describePage(doc);
    const file = JSON.stringify(description);
    const values = new Set<string>();
    for (const grid of findGrids(doc, [])) {
      for (const row of grid.bodyRows()) {
        for (const cell of rowCells(row)) {
          for (const line of lines(cellText(cell))) if (line.length >= 3 && !/^[\p{P}\s]+$/u.test(line)) values.add(line);
          for (const word of cellText(cell).split(/[\s,;()]+/)) if (word.length >= 4 && /\d/.test(word)) values.add(word);
        }
      }
    }
    expect(values.size).toBeGreaterThan(0);
    // A value made of digits and punctuation only ("(9)") is its own shape and says nothing.
    const leaked = [...values].filter((v) => shapeOf(v) !== v && file.includes(JSON.stringify(v).slice(1, -1)));
    expect(leaked).toEqual([]);
    expect(description.lists.some((l) => l.dossierList && l.columns.some((c) => c.fields.includes('dueAt')))).toBe(true);
  });
});
