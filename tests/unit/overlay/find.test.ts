import { describe, expect, it } from 'vitest';
import { mayShowDossiers } from '../../../lib/overlay/find';
import { loadPage, pageFromHtml } from '../portal/load';

/**
 * The loader's test decides whether a frame gets the overlay at all: a "no" on a page with dossiers
 * hides every flag. A page's whole text runs its cells together ("1000.00.57.H21-…-0007Trần"), and
 * its labels carry diacritics the reader's cues do not.
 */
describe('mayShowDossiers (the loader)', () => {
  it.each([
    ['portal/a/danh-sach-ho-so-datagrid.html'],
    ['portal/a/danh-sach-ho-so.html'],
    ['portal/c/so-theo-doi.html'],
    ['portal/c/opencps.html'],
    ['portal/c/theo-doi-ho-so/chi-tiet/D07.html'],
  ])('says yes on %s', (file) => {
    expect(mayShowDossiers(loadPage(file))).toBe(true);
  });

  it('finds a code in cells that run together, and a label written with diacritics', () => {
    expect(mayShowDossiers(pageFromHtml('<table><tr><td>1</td><td>000.00.57.H21-220505-0007</td><td>Trần</td></tr></table>'))).toBe(true);
    expect(mayShowDossiers(pageFromHtml('<table><tr><th>Số biên nhận</th><th>Người nộp</th></tr></table>'))).toBe(true);
    expect(mayShowDossiers(pageFromHtml('<dl><dt>Ngày hẹn trả</dt><dd></dd></dl>'))).toBe(true);
  });

  it('says no on a page without dossiers, and a cue inside another word is not a cue', () => {
    expect(mayShowDossiers(pageFromHtml('<p>Chào mừng, khen thưởng năm 2022: 15 tập thể.</p>'))).toBe(false);
    expect(mayShowDossiers(pageFromHtml('<p>Bảng tin: lịch tiếp công dân tuần này.</p>'))).toBe(false);
  });
});
