import { describe, expect, it } from 'vitest';
import { SURE_SCORE, classify, matchLabel, scoreLabel } from '../../../lib/portal/headers';
import type { Field } from '../../../lib/portal/vocabulary';
import { HEADER_VARIANTS, NEAR_MISSES, VARIANT_SOURCES, type VariantSource } from '../../../lib/portal/header-variants';

const KEY_FIELDS = ['code', 'dueAt', 'receivedAt', 'status', 'applicant'] as const satisfies readonly Field[];
/** Rows that are not a wording seen in public code: rendering variants and iGate's inferred English. */
const NOT_SEEN = new Set<VariantSource>(['render', 'igateEn']);
/** One label however it is cased or spaced, with a trailing colon dropped ("Ngày nhận:" is "Ngày nhận"). */
const distinctKey = (label: string): string => label.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').replace(/\s*:\s*$/, '').trim();
/**
 * Distinct real labels per key field reached so far (docs/portal-reference.md §3.3). The issue asks
 * for 30 each; these are the honest figures from the public code searched, a floor so none is lost.
 */
const DISTINCT_REAL: Record<(typeof KEY_FIELDS)[number], number> = { code: 21, dueAt: 21, receivedAt: 17, status: 13, applicant: 25 };

describe('header variants from public code of one-stop systems (header-variants.HEADER_VARIANTS)', () => {
  it.each(HEADER_VARIANTS.map(([label, field, source]) => [label, field, source] as const))('%j → %s (%s)', (label, field) => {
    expect(classify(label).fields[0]).toBe(field);
  });

  it.each(NEAR_MISSES.map(([label, not, source]) => [label, not, source] as const))('%j is never surely %s (%s)', (label, not) => {
    expect(matchLabel(label, undefined, undefined, SURE_SCORE)).not.toContain(not);
  });

  it.each(KEY_FIELDS)('keeps the distinct real labels for %s, each with a known source', (field) => {
    const rows = HEADER_VARIANTS.filter(([, f]) => f === field);
    for (const [, , source] of rows) expect(VARIANT_SOURCES[source]).toBeTruthy();
    const real = new Set(rows.filter(([, , source]) => !NOT_SEEN.has(source)).map(([label]) => distinctKey(label)));
    expect(real.size).toBeGreaterThanOrEqual(DISTINCT_REAL[field]);
  });
});

describe('headers by meaning', () => {
  it.each([
    // Labels nobody listed: read from their parts.
    ['Ngày giờ hẹn trả công dân', 'dueAt'],
    ['Hẹn trả KQ', 'dueAt'],
    ['Thời điểm tiếp nhận', 'receivedAt'],
    ['Tên người đứng tên hồ sơ', 'applicant'],
    ['Mã số hồ sơ một cửa', 'code'],
    ['Tình trạng xử lý hồ sơ', 'status'],
    ['Appointment Date', 'dueAt'],
    ['Date of acceptance', 'receivedAt'],
    ['Applicant full name', 'applicant'],
    ['Dossier Code arrow_downward', 'code'],
    ['Trạng thái (12)', 'status'],
    // Around the key fields in the same public lists (vocabulary.VARIANT_SOURCES.landAntd, liferayEgov).
    ['Điện thoại chủ hồ sơ', 'phone'],
    ['Cơ quan tiếp nhận', 'receivingAgency'],
    ['Dịch vụ công', 'procedure'],
    ['Trích yếu', 'summary'],
  ])('%j → %s', (label, field) => {
    expect(matchLabel(label)).toEqual([field]);
  });

  it.each([
    // Not the citizen's appointment, not the dossier code, not a date at all.
    ['Mã thủ tục', 'code'],
    ['Số hồ sơ đã giải quyết', 'code'],
    ['Ngày nhận kết quả', 'receivedAt'],
    ['Đơn vị tiếp nhận', 'receivedAt'],
    ['Người tiếp nhận', 'applicant'],
    ['Thời hạn giải quyết', 'dueAt'],
    ['Số điện thoại', 'code'],
  ])('%j is not %s', (label, field) => {
    expect(classify(label).fields[0]).not.toBe(field);
  });

  it.each(['Hạn xử lý cá nhân', 'Ngày hẹn trả trước', 'Hạn xử lý của bước', 'Hạn chuyển xử lý'])(
    'scores %j (a step deadline, an earlier appointment, a hand-off) below what stands on its own',
    (label) => {
      const weak = scoreLabel(label).find((c) => c.field === 'dueAt')?.score ?? 0;
      expect(weak).toBeLessThan(SURE_SCORE);
      expect(weak).toBeLessThan(scoreLabel('Hạn xử lý').find((c) => c.field === 'dueAt')!.score);
    },
  );

  it('splits compound headers into stacked fields only when every part names a different field', () => {
    expect(matchLabel('Ngày gửi / Ngày tiếp nhận / Hạn xử lý')).toEqual(['submittedAt', 'receivedAt', 'dueAt']);
    expect(matchLabel('Ngày nộp. Ngày nhận. Ngày hẹn trả')).toEqual(['submittedAt', 'receivedAt', 'dueAt']);
    expect(matchLabel('Tên thủ tục\nChủ hồ sơ')).toEqual(['procedure', 'applicant']);
    expect(matchLabel('Tên cá nhân, tổ chức')).toEqual(['applicant']);
  });
});
