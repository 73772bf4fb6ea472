import { describe, expect, it } from 'vitest';
import { locateDossierLists, readDossierList } from '../../../lib/portal';
import { pageFromHtml } from './load';

const HEAD = '<th>STT</th><th>Mã hồ sơ</th><th>Chủ hồ sơ</th><th>Ngày hẹn trả</th>';
const row = (n: number, code: string, name: string, due: string): string => `<tr><td>${n}</td><td>${code}</td><td>${name}</td><td>${due}</td></tr>`;

describe('finding lists', () => {
  it('reads the attribute form of Angular Material tables', () => {
    const doc = pageFromHtml(`<table mat-table class="mat-table"><thead><tr mat-header-row class="mat-header-row">
      <th mat-header-cell>Mã hồ sơ</th><th mat-header-cell>Ngày hẹn trả</th></tr></thead>
      <tbody><tr mat-row class="mat-row"><td mat-cell>H21.57.14-220513-0001</td><td mat-cell>20/05/2022 17:00</td></tr></tbody></table>`);
    expect(readDossierList(doc).dossiers).toEqual([{ code: 'H21.57.14-220513-0001', dueAt: '2022-05-20T17:00', dueDateOnly: false, status: 'unknown' }]);
  });

  it('reads an element-form mat-table with classes only (no ARIA roles)', () => {
    const doc = pageFromHtml(`<mat-table class="mat-table"><mat-header-row class="mat-header-row"><mat-header-cell class="mat-header-cell">Mã hồ sơ</mat-header-cell><mat-header-cell class="mat-header-cell">Trạng thái</mat-header-cell></mat-header-row>
      <mat-row class="mat-row"><mat-cell class="mat-cell">H56.14-240823-0001</mat-cell><mat-cell class="mat-cell">Chờ bổ sung</mat-cell></mat-row></mat-table>`);
    expect(readDossierList(doc).dossiers).toEqual([{ code: 'H56.14-240823-0001', status: 'waiting-additions', statusText: 'Chờ bổ sung' }]);
  });

  it('finds every dossier list on a page, and a list nested in a layout table', () => {
    const doc = pageFromHtml(`<table class="layout"><tr><td>Menu</td><td>
        <table id="one"><thead><tr>${HEAD}</tr></thead><tbody>${row(1, 'H21.57.14-220513-0001', 'Nguyễn Văn Thử', '20/05/2022')}</tbody></table>
      </td></tr></table>
      <table id="two"><tr>${HEAD}</tr>${row(1, 'H21.57.14-220505-0007', 'Trần Thị Mẫu', '17/05/2022 16:00')}${row(2, 'H21.57.14-220516-0002', 'Rơ Châm Thử', '24/05/2022 10:00')}</table>`);
    const { lists, dossiers } = readDossierList(doc);
    expect(lists.map((l) => l.element.id)).toEqual(['one', 'two']);
    expect(dossiers.map((d) => d.applicant)).toEqual(['Nguyễn Văn Thử', 'Trần Thị Mẫu', 'Rơ Châm Thử']);
  });

  it('skips empty-state, total and pager rows and reports no rows for an empty list', () => {
    const doc = pageFromHtml(`<table><thead><tr>${HEAD}</tr></thead><tbody>
      <tr><td colspan="4">Không có dữ liệu</td></tr>
      <tr><td></td><td>Không tìm thấy hồ sơ</td><td></td><td></td></tr>
      <tr><td>Tổng cộng</td><td>0</td><td></td><td></td></tr>
      <tr><td colspan="4"><a href="javascript:__doPostBack('dg$_ctl1','')">1</a></td></tr></tbody></table>`);
    const [view] = locateDossierLists(doc);
    // Rows spanning the width are left out by shape; the others hold no dossier, as their reads say.
    const rows = [...view!.rowElements()];
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => view!.readRow(r))).toEqual([undefined, undefined]);
    expect(readDossierList(doc).lists[0]?.rows).toEqual([]);
  });

  it('walks the rows as the caller goes, and reads a row again only when a text it reads changed', () => {
    const doc = pageFromHtml(`<table><thead><tr>${HEAD}</tr></thead><tbody>
      ${row(1, 'H21.57.14-220513-0001', 'Nguyễn Văn Thử', '20/05/2022')}${row(2, 'H21.57.14-220513-0002', 'Trần Thị Mẫu', '21/05/2022')}</tbody></table>`);
    const [view] = locateDossierLists(doc);
    const walk = view!.rowElements()[Symbol.iterator]();
    const first = walk.next().value as Element;
    // A row added while the walk is under way is met by it: the rows were not listed up front.
    doc.querySelector('tbody')!.append(first.cloneNode(true));
    expect([first, ...{ [Symbol.iterator]: () => walk }].length).toBe(3);
    const read = view!.readRow(first)!;
    expect(view!.readRow(first, read)).toBe(read);
    first.lastElementChild!.textContent = '27/05/2022';
    const again = view!.readRow(first, read)!;
    expect(again).not.toBe(read);
    expect(again.dossier?.dueAt).toBe('2022-05-27T17:00');
  });

  it('keys rows without a code by their id attribute or position, with a problem each', () => {
    const doc = pageFromHtml(`<table><thead><tr>${HEAD}</tr></thead><tbody>
      <tr data-id="r7"><td>1</td><td></td><td>Nguyễn Văn Thử</td><td>20/05/2022</td></tr>
      <tr><td>2</td><td></td><td>Trần Thị Mẫu</td><td>21/05/2022</td></tr></tbody></table>`);
    const rows = readDossierList(doc).lists[0]!.rows;
    expect(rows.map((r) => r.key)).toEqual(['@r7', '#1']);
    expect(rows.map((r) => r.problems.map((p) => p.code))).toEqual([['code-missing'], ['code-missing']]);
  });

  it('reads header cells whose label sits in a sort button or aria-label', () => {
    const doc = pageFromHtml(`<table><thead><tr><th><button>Mã hồ sơ ↑</button></th><th aria-label="Ngày hẹn trả"></th></tr></thead>
      <tbody><tr><td>H21.57.14-220513-0001</td><td>20/05/2022 17:00</td></tr></tbody></table>`);
    expect(readDossierList(doc).dossiers[0]?.dueAt).toBe('2022-05-20T17:00');
  });
});

describe('hostile markup', () => {
  it('survives cells and pages nested thousands of levels deep', () => {
    const deep = '<span>'.repeat(5000) + 'H21.57.14-220513-0001' + '</span>'.repeat(5000);
    const doc = pageFromHtml(`<table><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th></tr><tr><td>${deep}</td><td>20/05/2022</td></tr></table>${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}`);
    expect(readDossierList(doc).dossiers.map((d) => d.code)).toEqual(['H21.57.14-220513-0001']);
  });
});
