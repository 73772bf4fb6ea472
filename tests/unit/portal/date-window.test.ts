import { describe, expect, it } from 'vitest';
import { describeDiagnostic, readDossierList } from '../../../lib/portal';
import { scanDates } from '../../../lib/portal/dates';
import { pageFromHtml } from './load';

/** Issue 16 item 2: a row whose date lies outside the shared window (lib/time/window.ts) is unreadable. */
const HEAD = '<th>Mã hồ sơ</th><th>Ngày tiếp nhận</th><th>Ngày hẹn trả</th><th>Trạng thái</th>';
const row = (code: string, received: string, due: string): string =>
  `<tr><td>${code}</td><td>${received}</td><td>${due}</td><td>Đang xử lý</td></tr>`;

describe('dates outside the shared window', () => {
  it('are told apart from dates that do not exist', () => {
    expect(scanDates('20/05/2200 17:00')).toMatchObject({ dates: [], invalid: ['20/05/2200 17:00'], outside: ['20/05/2200 17:00'] });
    expect(scanDates('2200-05-20T17:00:00+0700')).toMatchObject({ dates: [], outside: ['2200-05-20T17:00:00+0700'] });
    expect(scanDates('31/12/1989')).toMatchObject({ dates: [], outside: ['31/12/1989'] });
    expect(scanDates('31/02/2022')).toMatchObject({ dates: [], invalid: ['31/02/2022'], outside: [] });
    expect(scanDates('99/99/9999')).toMatchObject({ dates: [], outside: [] });
  });

  it.each([
    ['the due date', row('H21.57.14-220513-0002', '13/05/2022 09:15', '20/05/2200 17:00'), "'20/05/2200 17:00' ở cột 'Ngày hẹn trả'"],
    ['the received date', row('H21.57.14-220513-0002', '13/05/1900 09:15', '20/05/2022 17:00'), "'13/05/1900 09:15' ở cột 'Ngày tiếp nhận'"],
  ])('make the row unreadable (%s): no dossier, the reason given, the other rows read', (_, bad, said) => {
    const doc = pageFromHtml(`<table><thead><tr>${HEAD}</tr></thead><tbody>
      ${row('H21.57.14-220513-0001', '13/05/2022 09:15', '20/05/2022 17:00')}${bad}${row('H21.57.14-220513-0003', '13/05/2022 10:00', '21/05/2022 17:00')}</tbody></table>`);
    const { dossiers, lists } = readDossierList(doc);
    expect(dossiers.map((d) => d.code)).toEqual(['H21.57.14-220513-0001', 'H21.57.14-220513-0003']);
    const read = lists[0]!.rows[1]!;
    expect(read.key).toBe('H21.57.14-220513-0002');
    expect(read.dossier).toBeUndefined();
    expect(read.unreadable).toMatchObject({ code: 'date-outside-window', level: 'warning', row: 1 });
    expect(read.problems.map((p) => p.code)).toEqual(['date-outside-window']);
    expect(lists[0]!.rows[0]!.unreadable).toBeUndefined();
    expect(describeDiagnostic(read.unreadable!, 'vi')).toContain(said);
  });

  it('also in a cell that stacks several dates', () => {
    const doc = pageFromHtml(`<table><thead><tr><th>Mã hồ sơ</th><th>Ngày nhận / Hẹn trả</th></tr></thead><tbody>
      <tr><td>H21.57.14-220513-0001</td><td>13/05/2022 09:15<br>20/05/2200 17:00</td></tr></tbody></table>`);
    const { dossiers, lists } = readDossierList(doc);
    expect(dossiers).toEqual([]);
    expect(lists[0]!.rows[0]!.unreadable?.code).toBe('date-outside-window');
  });
});
