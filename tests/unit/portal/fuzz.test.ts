import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { DossierSchema, LocalDateTimeSchema } from '../../../lib/dossier/schema';
import { checkProfile, locateDossierLists, readDossierDetail, readDossierList, scanDates } from '../../../lib/portal';
import { HEADER_VARIANTS } from '../../../lib/portal/header-variants';
import { pageFromHtml } from './load';

const PartialDossier = z.partial(DossierSchema);
const doc = pageFromHtml('<main></main>');
const main = doc.querySelector('main')!;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const header = fc.oneof(
  fc.constantFrom(...HEADER_VARIANTS.map(([label]) => label)),
  fc.string({ maxLength: 20 }),
  fc.constant('Ngày gửi / Ngày tiếp nhận / Hạn xử lý'),
);
const cellText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    'H21.57.14-220513-0001', '000.00.57.H21-220513-0001', '31/02/2022', '99/99/9999', '20/05/2022 17:00',
    '17-05-2022<br>Từ 13:30 đến 16:00', '2024-05-20T10:00:00.000+0700', 'Còn 2 ngày', 'Quá hạn 3 ngày', 'Đã trả kết quả',
    '<img src=x onerror=alert(1)>', '1', '(1)', 'Không có dữ liệu', 'Tổng cộng', '9'.repeat(300), 'x'.repeat(5000),
  ),
  fc.tuple(fc.integer({ min: -5, max: 99 }), fc.integer({ min: -5, max: 99 }), fc.integer({ min: 0, max: 99999 }), fc.integer({ min: -1, max: 99 }), fc.integer({ min: -1, max: 99 })).map(
    ([d, m, y, h, min]) => `${d}/${m}/${y}${h >= 0 ? ` ${h}:${min}` : ''}`,
  ),
);
const span = fc.constantFrom('', ' colspan="2"', ' rowspan="2"', ' colspan="0"', ' rowspan="-1"', ' colspan="999999"', ' colspan="abc"');
const cell = (tag: string) =>
  fc.tuple(span, cellText, fc.boolean()).map(([s, t, raw]) => `<${tag}${s}>${raw && t.startsWith('17-05') ? t : escape(t)}</${tag}>`);
const row = (tag: string) => fc.array(cell(tag), { minLength: 0, maxLength: 8 }).map((cells) => `<tr>${cells.join('')}</tr>`);
const table = fc
  .tuple(fc.array(fc.tuple(span, header), { minLength: 1, maxLength: 8 }), fc.array(row('td'), { maxLength: 12 }), fc.boolean(), fc.constantFrom('th', 'td'))
  .map(([heads, rows, thead, tag]) => {
    const head = `<tr>${heads.map(([s, h]) => `<${tag}${s}>${escape(h)}</${tag}>`).join('')}</tr>`;
    return `<table>${thead ? `<thead>${head}</thead><tbody>` : `<tbody>${head}`}${rows.join('')}</tbody></table>`;
  });
const grid = fc.tuple(fc.array(header, { minLength: 1, maxLength: 6 }), fc.array(fc.array(cellText, { maxLength: 6 }), { maxLength: 8 })).map(
  ([heads, rows]) =>
    `<div role="grid"><div role="row">${heads.map((h) => `<div role="columnheader">${escape(h)}</div>`).join('')}</div>${rows
      .map((r) => `<div role="row">${r.map((c) => `<div role="gridcell">${escape(c)}</div>`).join('')}</div>`)
      .join('')}</div>`,
);
const page = fc.array(fc.oneof(table, grid), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));

describe('fuzz: random tables, cells and dates', () => {
  it('the list reader never throws and every record it returns passes the schema', () => {
    fc.assert(
      fc.property(page, (html) => {
        main.innerHTML = html;
        const result = readDossierList(main);
        for (const d of result.dossiers) expect(DossierSchema.safeParse(d).success).toBe(true);
        for (const list of result.lists) for (const r of list.rows) expect(typeof r.key).toBe('string');
        for (const view of locateDossierLists(main)) {
          for (const r of view.rowElements()) {
            view.dueCell(r);
            const read = view.readRow(r);
            if (read?.dossier) expect(DossierSchema.safeParse(read.dossier).success).toBe(true);
          }
        }
        expect(main.querySelector('img[onerror]')).toBeNull();
      }),
      { numRuns: 1500 },
    );
  });

  it('the detail reader and the profile check never throw, whatever the markup and selectors', () => {
    fc.assert(
      fc.property(page, fc.string({ maxLength: 15 }), (html, selector) => {
        main.innerHTML = html;
        const detail = readDossierDetail(main);
        if (detail.dossier) expect(PartialDossier.safeParse(detail.dossier).success).toBe(true);
        checkProfile(main, { origin: 'https://x.example', listSelector: selector, columns: { dueAt: { selector } } });
      }),
      { numRuns: 500 },
    );
  });

  it('the date scanner returns only real Vietnam local times for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }), cellText), (text) => {
        for (const d of scanDates(text).dates) expect(LocalDateTimeSchema.safeParse(d.value).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
