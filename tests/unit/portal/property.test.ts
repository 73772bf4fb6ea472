import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDossierList } from '../../../lib/portal';
import type { Field } from '../../../lib/portal/vocabulary';
import { HEADER_VARIANTS } from '../../../lib/portal/header-variants';
import { pageFromHtml } from './load';

/**
 * Lists no fixture shows: header wordings drawn from the real variants, columns in any order with
 * columns the reader must skip, dates in every form portals print, received and due stacked in one
 * cell, or everything in one composite cell. Every field must be read back.
 */
const variants = (field: Field) => [...new Set(HEADER_VARIANTS.filter(([, f]) => f === field).map(([label]) => label))];
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const two = (n: number): string => String(n).padStart(2, '0');

type When = { y: number; m: number; d: number; h: number; min: number };
const when = fc.record({ y: fc.integer({ min: 2020, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), h: fc.integer({ min: 7, max: 16 }), min: fc.integer({ min: 0, max: 59 }) });
const local = (w: When): string => `${w.y}-${two(w.m)}-${two(w.d)}T${two(w.h)}:${two(w.min)}`;
/** The date forms of portal.md §2.3, each a function of the same instant. */
const FORMS: Array<(w: When) => string> = [
  (w) => `${two(w.d)}/${two(w.m)}/${w.y} ${two(w.h)}:${two(w.min)}`,
  (w) => `${two(w.d)}-${two(w.m)}-${w.y}<br>${two(w.h)}:${two(w.min)}:00`,
  (w) => `${w.h}:${two(w.min)}:00 ${w.d}/${w.m}/${w.y}`,
  (w) => `${two(w.h)}:${two(w.min)}, ${two(w.d)}/${two(w.m)}/${w.y}`,
  (w) => `${w.y}-${two(w.m)}-${two(w.d)}T${two(w.h)}:${two(w.min)}:00.000+0700`,
  (w) => `${two(w.d)}.${two(w.m)}.${w.y} lúc ${two(w.h)}:${two(w.min)}`,
];
const STATUSES = [
  ['Đang xử lý', 'processing'], ['Chờ bổ sung', 'waiting-additions'], ['Đã trả kết quả', 'returned'], ['Không được tiếp nhận', 'refused'],
  ['Đã trả lại để thẩm định lại', 'processing'], ['Result returned', 'returned'], ['Processing', 'processing'],
] as const;
const NAMES = ['Nguyễn Văn Thử', 'Trần Thị Mẫu', 'Rơ Mah Ví Dụ', 'Lê Văn Mẫu', 'Ksor H’Mai'];

const dossier = fc.record({
  seq: fc.integer({ min: 1, max: 9999 }),
  received: when,
  /** Working-hours gap to the appointment: it is never before the receipt. */
  after: fc.integer({ min: 1, max: 60 }),
  status: fc.constantFrom(...STATUSES),
  name: fc.constantFrom(...NAMES),
});

const list = fc.record({
  rows: fc.array(dossier, { minLength: 2, maxLength: 6 }),
  headers: fc.record({
    code: fc.constantFrom(...variants('code')),
    dueAt: fc.constantFrom(...variants('dueAt')),
    receivedAt: fc.constantFrom(...variants('receivedAt')),
    status: fc.constantFrom(...variants('status')),
    applicant: fc.constantFrom(...variants('applicant')),
  }),
  forms: fc.tuple(fc.integer({ min: 0, max: FORMS.length - 1 }), fc.integer({ min: 0, max: FORMS.length - 1 })),
  shape: fc.constantFrom('columns', 'stacked', 'composite'),
  order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  extras: fc.subarray(['STT', 'Thao tác', 'Lĩnh vực', 'Ghi chú']),
});

function due(w: When, after: number): When {
  const t = new Date(Date.UTC(w.y, w.m - 1, w.d, w.h, w.min) + after * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), min: t.getUTCMinutes() };
}

describe('property: any list built from real header variants is read field by field', () => {
  it('reads code, applicant, received, due and status whatever the wording, order, shape and date form', () => {
    fc.assert(
      fc.property(list, ({ rows, headers, forms, shape, order, extras }) => {
        const records = rows.map((r, i) => ({
          code: `H21.57.14-${String(220500 + i).slice(-6)}-${String(r.seq).padStart(4, '0')}`,
          applicant: r.name,
          receivedAt: local(r.received),
          dueAt: local(due(r.received, r.after)),
          receivedText: FORMS[forms[0]]!(r.received),
          dueText: FORMS[forms[1]]!(due(r.received, r.after)),
          statusText: r.status[0],
          status: r.status[1],
        }));
        type Col = { head: string; cell: (r: (typeof records)[number]) => string };
        const cols: Col[] = [{ head: headers.applicant, cell: (r) => escape(r.applicant) }];
        if (shape === 'composite') {
          cols.push({
            head: 'Thông tin hồ sơ',
            cell: (r) => `<div>${r.code}</div><div>- Trạng thái hồ sơ : ${r.statusText}</div><div>- Tiếp nhận trực tiếp: ${r.receivedText}, hẹn trả: ${r.dueText}</div>`,
          });
        } else {
          cols.push({ head: headers.code, cell: (r) => `<a href="#${r.code}">${r.code}</a>` });
          cols.push({ head: headers.status, cell: (r) => escape(r.statusText) });
          if (shape === 'stacked') cols.push({ head: 'Ngày tiếp nhận<br>Ngày hẹn trả', cell: (r) => `${r.receivedText}<br>${r.dueText}` });
          else {
            cols.push({ head: headers.receivedAt, cell: (r) => r.receivedText });
            cols.push({ head: headers.dueAt, cell: (r) => r.dueText });
          }
        }
        for (const e of extras) cols.push({ head: e, cell: () => (e === 'STT' ? '1' : e === 'Lĩnh vực' ? 'Đất đai' : '') });
        const ordered = cols.map((c, i) => [order[i] ?? i, i, c] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, , c]) => c);
        const html = `<table><thead><tr>${ordered.map((c) => `<th>${escape(c.head).replace(/\n/g, '<br>').replace(/&lt;br&gt;/g, '<br>')}</th>`).join('')}</tr></thead><tbody>${records
          .map((r) => `<tr>${ordered.map((c) => `<td>${c.cell(r)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`;
        const { dossiers } = readDossierList(pageFromHtml(html));
        expect(dossiers.map((d) => ({ code: d.code, applicant: d.applicant, receivedAt: d.receivedAt, dueAt: d.dueAt, status: d.status }))).toEqual(
          records.map((r) => ({ code: r.code, applicant: r.applicant, receivedAt: r.receivedAt, dueAt: r.dueAt, status: r.status })),
        );
      }),
      { numRuns: 300 },
    );
  });
});
