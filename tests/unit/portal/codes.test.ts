import { describe, expect, it } from 'vitest';
import { groupDossiers } from '../../../lib/history/identity';
import type { StoredDossier } from '../../../lib/history';
import { readDossierDetail, readDossierList } from '../../../lib/portal';
import { mergePageRecord, recordsFromHandOver } from '../../../lib/portal/igate';
import { pageFromHtml } from './load';

/**
 * A dossier's other codes (issue 14, "Rows counted twice"): the reader keeps a second code only where
 * one row, one detail view or one iGate record shows both, never because two codes share a suffix.
 * Codes as in docs/portal-reference.md §2.7 (local `H21.57.14-…`, national `000.00.57.H21-…`).
 */
const LOCAL = 'H21.57.14-220509-0001';
const NATIONAL = '000.00.57.H21-220509-0001';

describe("a dossier's other codes", () => {
  it('a row that prints both codes: the code column gives the code, the other goes to otherCodes', () => {
    // iGate-style list whose "Thông tin hồ sơ" cell repeats the national (liên thông) code.
    const doc = pageFromHtml(`<table><thead><tr><th>Mã hồ sơ</th><th>Thông tin hồ sơ</th><th>Ngày hẹn trả</th></tr></thead><tbody>
      <tr><td>${LOCAL}</td><td>Mã liên thông: ${NATIONAL}<br>- Đăng ký khai sinh</td><td>16/05/2022 17:00</td></tr></tbody></table>`);
    const [d] = readDossierList(doc).dossiers;
    expect(d?.code).toBe(LOCAL);
    expect(d?.otherCodes).toEqual([NATIONAL]);
  });

  it('one code cell holding both codes keeps the first as the code', () => {
    const doc = pageFromHtml(`<table><thead><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th></tr></thead><tbody>
      <tr><td>${NATIONAL}<br>(${LOCAL})</td><td>16/05/2022 17:00</td></tr></tbody></table>`);
    const [d] = readDossierList(doc).dossiers;
    expect([d?.code, d?.otherCodes]).toEqual([NATIONAL, [LOCAL]]);
  });

  it('a detail view that shows both codes', () => {
    const { dossier } = readDossierDetail(
      pageFromHtml(`<h2 class="page-title">Chi tiết hồ sơ ${LOCAL}</h2><table>
        <tr><td class="label">Mã hồ sơ</td><td class="value">${LOCAL}<br>Mã liên thông: ${NATIONAL}</td></tr>
        <tr><td class="label">Ngày hẹn trả</td><td class="value">16/05/2022 17:00</td></tr></table>`),
    );
    expect(dossier?.code).toBe(LOCAL);
    expect(dossier?.otherCodes).toEqual([NATIONAL]);
  });

  it('an iGate record with a national code (portal-reference.md §3.1 `nationCode`)', () => {
    const records = recordsFromHandOver({
      url: 'https://x/pa/dossier/search',
      content: [
        { code: LOCAL, nationCode: NATIONAL, appointmentDate: '2022-05-16T17:00:00.000+0700' },
        { code: 'H21.57.14-220509-0002', nationCode: null },
        { code: 'H21.57.14-220509-0003', nationCode: 'H21.57.14-220509-0003' },
      ],
    });
    expect(records.get(LOCAL)?.otherCodes).toEqual([NATIONAL]);
    expect(records.get('H21.57.14-220509-0002')?.otherCodes).toBeUndefined();
    expect(records.get('H21.57.14-220509-0003')?.otherCodes).toBeUndefined();
  });

  it('two rows that only share a suffix are two dossiers, in the reader and in the history', () => {
    const doc = pageFromHtml(`<table><thead><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th></tr></thead><tbody>
      <tr><td>${LOCAL}</td><td>16/05/2022 17:00</td></tr>
      <tr><td>${NATIONAL}</td><td>18/05/2022 17:00</td></tr></tbody></table>`);
    const dossiers = readDossierList(doc).dossiers;
    expect(dossiers.map((d) => [d.code, d.otherCodes])).toEqual([
      [LOCAL, undefined],
      [NATIONAL, undefined],
    ]);
    const records: StoredDossier[] = dossiers.map((snapshot) => ({
      origin: 'https://dichvucong.gialai.gov.vn',
      code: snapshot.code,
      firstSeen: '2022-05-10T08:00',
      lastSeen: '2022-05-10T08:00',
      snapshot,
      events: [],
    }));
    expect(groupDossiers(records)).toHaveLength(2);
    // The same rows with one of them showing both codes are one dossier.
    const linked = records.map((r, i) => (i === 0 ? { ...r, snapshot: { ...r.snapshot, otherCodes: [NATIONAL] } } : r));
    expect(groupDossiers(linked)).toHaveLength(1);
  });
  it('a code cell printing "national / local" (Thanh Hóa codes, portal.md §2.7 S11e) keeps both', () => {
    const national = '000.00.06.H56-221005-0001';
    const local = 'H56.22-221005-0001';
    const doc = pageFromHtml(`<table><thead><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th></tr></thead><tbody>
      <tr><td>${national} / ${local}</td><td>16/05/2022 17:00</td></tr></tbody></table>`);
    const [d] = readDossierList(doc).dossiers;
    expect([d?.code, d?.otherCodes]).toEqual([national, [local]]);
  });

  it('a detail view with a second labelled code field "Mã hồ sơ DVCQG:"', () => {
    const { dossier } = readDossierDetail(
      pageFromHtml(`<table class="detail">
        <tr><td class="label">Mã hồ sơ:</td><td class="value">${LOCAL}</td></tr>
        <tr><td class="label">Mã hồ sơ DVCQG:</td><td class="value">${NATIONAL}</td></tr>
        <tr><td class="label">Ngày hẹn trả:</td><td class="value">16/05/2022 17:00</td></tr></table>`),
    );
    expect(dossier?.code).toBe(LOCAL);
    expect(dossier?.otherCodes).toEqual([NATIONAL]);
  });

  it("the page's record and the cells: the record wins, both sides' other codes are kept", () => {
    const draft = { code: LOCAL, otherCodes: ['H21.57.14-220509-0009'], applicant: 'Ô Thử' };
    mergePageRecord(draft, { code: LOCAL, otherCodes: [NATIONAL], applicant: 'Nguyễn Văn Thử' });
    expect(draft).toEqual({ code: LOCAL, otherCodes: ['H21.57.14-220509-0009', NATIONAL], applicant: 'Nguyễn Văn Thử' });
    // A record's own code never appears among its other codes.
    const same = { code: NATIONAL, otherCodes: [LOCAL] };
    mergePageRecord(same, { code: NATIONAL, otherCodes: [NATIONAL] });
    expect(same.otherCodes).toEqual([LOCAL]);
  });
});
