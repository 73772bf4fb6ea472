import { describe, expect, it } from 'vitest';
import { readDossierList } from '../../../lib/portal';
import { readStacked, type CellContext } from '../../../lib/portal/cells';
import { pageFromHtml } from './load';

const table = (head: string[], rows: string[][]): string =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

describe('columns by content (issue 11 item 2)', () => {
  it('reads a list with no recognisable code header when one column holds dossier codes', () => {
    const doc = pageFromHtml(table(['Ký hiệu', 'Ngày hẹn trả'], [['H21.57.14-220513-0001', '20/05/2022 17:00'], ['H21.57.14-220513-0002', '21/05/2022']]));
    expect(readDossierList(doc).dossiers.map((d) => d.code)).toEqual(['H21.57.14-220513-0001', 'H21.57.14-220513-0002']);
  });

  it('a "Thời hạn" column of countdowns is a hint, one of dates is the appointment', () => {
    const hints = pageFromHtml(table(['Mã hồ sơ', 'Ngày hẹn trả', 'Thời hạn'], [['H21.57.14-220513-0001', '20/05/2022 17:00', 'Còn 2 ngày']]));
    expect(readDossierList(hints).dossiers[0]).toMatchObject({ dueAt: '2022-05-20T17:00', remainingHint: { kind: 'left', days: 2 } });
    const dates = pageFromHtml(table(['Mã hồ sơ', 'Thời hạn'], [['H21.57.14-220513-0001', '20/05/2022 17:00'], ['H21.57.14-220513-0002', '23/05/2022 08:00']]));
    expect(readDossierList(dates).dossiers.map((d) => d.dueAt)).toEqual(['2022-05-20T17:00', '2022-05-23T08:00']);
  });

  it('the appointment wins over a personal step deadline, whatever their order', () => {
    const doc = pageFromHtml(
      table(['Mã hồ sơ', 'Hạn xử lý', 'Ngày hẹn trả'], [['H21.57.14-220513-0001', '16/05/2022 17:00', '20/05/2022 17:00']]),
    );
    expect(readDossierList(doc).dossiers[0]?.dueAt).toBe('2022-05-20T17:00');
  });

  it('an appointment is not before the receipt: swapped readings are corrected and said', () => {
    // "Ngày hẹn" over received dates and "Ngày đến" over appointments: a page whose labels were swapped.
    const doc = pageFromHtml(
      table(['Mã hồ sơ', 'Ngày hẹn', 'Ngày đến'], [
        ['H21.57.14-220513-0001', '13/05/2022 09:00', '20/05/2022 17:00'],
        ['H21.57.14-220514-0002', '14/05/2022 10:00', '23/05/2022 17:00'],
      ]),
    );
    const { dossiers, diagnostics } = readDossierList(doc);
    expect(dossiers.map((d) => [d.receivedAt, d.dueAt])).toEqual([['2022-05-13T09:00', '2022-05-20T17:00'], ['2022-05-14T10:00', '2022-05-23T17:00']]);
    expect(diagnostics.map((d) => d.code)).toContain('reading-ambiguous');
  });

  it('a "Số hồ sơ" column of counts is no code column: a statistics table is left alone and silent', () => {
    const doc = pageFromHtml(table(['Lĩnh vực', 'Số hồ sơ', 'Đã giải quyết'], [['Đất đai', '12', '10'], ['Hộ tịch', '40', '39']]));
    const { lists, diagnostics } = readDossierList(doc);
    expect(lists).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['list-not-found']);
  });

  it('a page with two lists reads both', () => {
    const doc = pageFromHtml(
      table(['Mã hồ sơ', 'Ngày hẹn trả'], [['H21.57.14-220513-0001', '20/05/2022 17:00']]) +
        table(['Số biên nhận', 'Hẹn trả'], [['H21.57.14-220513-0009', '25/05/2022 17:00']]),
    );
    const { lists, dossiers } = readDossierList(doc);
    expect(lists).toHaveLength(2);
    expect(dossiers.map((d) => d.code)).toEqual(['H21.57.14-220513-0001', 'H21.57.14-220513-0009']);
  });
});

describe('stacked unlabelled dates (issue 11 item 4)', () => {
  const read = (text: string) => {
    const ctx: CellContext = { draft: {}, problems: [], order: 'auto' };
    readStacked(ctx, ['submittedAt', 'receivedAt', 'dueAt'], text, 'Ngày gửi / Ngày tiếp nhận / Hạn xử lý');
    return [ctx.draft.submittedAt, ctx.draft.receivedAt, ctx.draft.dueAt];
  };

  it('reads every line when every line is there', () => {
    expect(read('12/05/2022 20:00\n13/05/2022 09:15\n20/05/2022 17:00')).toEqual(['2022-05-12T20:00', '2022-05-13T09:15', '2022-05-20T17:00']);
  });

  it('reads from the end when the page left an empty line out (a dossier received at the counter has no submission date)', () => {
    expect(read('13/05/2022 09:15\n20/05/2022 17:00')).toEqual([undefined, '2022-05-13T09:15', '2022-05-20T17:00']);
  });

  it('never gives a later field an earlier date', () => {
    expect(read('20/05/2022 17:00\n13/05/2022 09:15')).toEqual([undefined, undefined, '2022-05-13T09:15']);
  });
});
