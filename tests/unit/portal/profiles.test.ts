import { describe, expect, it } from 'vitest';
import {
  PORTAL_MESSAGES, SiteProfileSchema, checkProfile, chooseProfile, describeDiagnostic, readDossierList, type SiteProfile,
} from '../../../lib/portal';
import { DIAGNOSTIC_CODES } from '../../../lib/portal/diagnostics';
import { demoPage } from './demo';
import { loadPage, pageFromHtml } from './load';

const CUSTOM = `<div id="ds"><table class="grid">
  <tr><th>Số HS</th><th>Công dân</th><th>Hẹn giao</th><th>Ghi chú</th></tr>
  <tr><td>BN-2022-0001</td><td>Nguyễn Văn Thử</td><td>2022/05/20 16:00</td><td><span class="st">Đang xử lý</span></td></tr>
  <tr><td>BN-2022-0002</td><td>Trần Thị Mẫu</td><td>2022/05/23</td><td><span class="st">Đã trả kết quả</span></td></tr>
</table></div>`;

const PROFILE: SiteProfile = {
  origin: 'https://motcua.example.gov.vn',
  name: 'Một cửa thử nghiệm',
  listSelector: '#ds table',
  columns: { code: { header: 'Số HS' }, applicant: { header: 'Công dân' }, dueAt: { header: 'Hẹn giao' }, status: { selector: 'span.st' } },
  dateOrder: 'ymd',
};

describe('site profiles', () => {
  it('validates the profile shape', () => {
    expect(SiteProfileSchema.safeParse(PROFILE).success).toBe(true);
    expect(SiteProfileSchema.safeParse({ origin: 'x', columns: { nonsense: { header: 'a' } } }).success).toBe(false);
    expect(SiteProfileSchema.safeParse({ origin: 'x', columns: {}, dateOrder: 'mdy' }).success).toBe(false);
    expect(SiteProfileSchema.safeParse({ columns: {} }).success).toBe(false);
  });

  it('reads by meaning a list whose headers nobody listed; the profile adds what no header says (the status in a notes column)', () => {
    const doc = pageFromHtml(CUSTOM);
    expect(readDossierList(doc).dossiers.map((d) => [d.code, d.applicant, d.dueAt, d.status])).toEqual([
      ['BN-2022-0001', 'Nguyễn Văn Thử', '2022-05-20T16:00', 'unknown'],
      ['BN-2022-0002', 'Trần Thị Mẫu', '2022-05-23T17:00', 'unknown'],
    ]);
    const { dossiers } = readDossierList(doc, PROFILE);
    expect(dossiers).toEqual([
      { code: 'BN-2022-0001', applicant: 'Nguyễn Văn Thử', dueAt: '2022-05-20T16:00', dueDateOnly: false, status: 'processing', statusText: 'Đang xử lý' },
      { code: 'BN-2022-0002', applicant: 'Trần Thị Mẫu', dueAt: '2022-05-23T17:00', dueDateOnly: true, status: 'returned', statusText: 'Đã trả kết quả' },
    ]);
  });

  it('checkProfile counts rows and the rows each field was read in', () => {
    expect(checkProfile(pageFromHtml(CUSTOM), PROFILE)).toEqual({ rows: 2, fields: { code: 2, applicant: 2, dueAt: 2, dueDateOnly: 2, status: 2, statusText: 2 } });
  });

  it('invalid selectors are diagnostics, never exceptions', () => {
    const doc = pageFromHtml(CUSTOM);
    const bad: SiteProfile = { ...PROFILE, listSelector: 'table[', columns: { ...PROFILE.columns, status: { selector: '>>>' } } };
    const { diagnostics } = readDossierList(doc, bad);
    expect(diagnostics.filter((d) => d.code === 'selector-invalid').map((d) => d.params.selector)).toEqual(['table[', '>>>']);
    // A bad list selector falls back to finding the list; the bad cell selector reads nothing.
    const check = checkProfile(doc, bad);
    expect(check.rows).toBe(2);
    expect(check.fields.status).toBeUndefined();
    const empty = readDossierList(doc, { ...PROFILE, listSelector: '#nothing' });
    expect(empty.diagnostics.map((d) => d.code)).toContain('selector-empty');
  });

  it('chooses the officer profile for its origin first, then a family by URL and markup', async () => {
    const r3 = await demoPage('/fixtures/a/danh-sach-ho-so.html?page=1');
    expect(chooseProfile('https://motcua.example.gov.vn/x', r3, [PROFILE])).toBe(PROFILE);
    expect(chooseProfile('http://127.0.0.1:5173/fixtures/a/danh-sach-ho-so.html', r3)?.name).toBe('Một cửa R3 / e-par (PHP)');
    const grid = await demoPage('/fixtures/a/danh-sach-ho-so.html?mode=datagrid');
    expect(chooseProfile('http://127.0.0.1:5173/DanhSachHoSo.aspx', grid)?.name).toBe('ASP.NET DataGrid');
    expect(chooseProfile('http://127.0.0.1:5173/fixtures/c/opencps.html', await demoPage('/fixtures/c/opencps.html'))?.name).toBe('OpenCPS (Vuetify)');
    expect(chooseProfile('not a url', loadPage('reader/kendo-grid.html'))).toBeUndefined();
  });

  it('a list selector without column rules narrows the search but does not vouch for a list', () => {
    const doc = pageFromHtml('<div class="ant-table-wrapper"><table><tr><th>Trạng thái</th><th>Số lượng</th></tr><tr><td>Đang xử lý</td><td>3</td></tr></table></div>');
    expect(readDossierList(doc, { origin: 'x', listSelector: '.ant-table-wrapper', columns: {} }).lists).toEqual([]);
    expect(readDossierList(doc, { origin: 'x', listSelector: '.ant-table-wrapper', columns: { status: { header: 'Trạng thái' } } }).lists).toHaveLength(1);
  });

  it('a built-in profile reads its family as well as the generic reader does', async () => {
    const doc = await demoPage('/fixtures/a/danh-sach-ho-so.html?page=1');
    const profile = chooseProfile('http://127.0.0.1:5173/fixtures/a/danh-sach-ho-so.html', doc);
    expect(readDossierList(doc, profile).dossiers).toEqual(readDossierList(doc).dossiers);
  });
});

describe('diagnostics', () => {
  it('every code has a Vietnamese and an English message', () => {
    for (const code of DIAGNOSTIC_CODES) {
      expect(PORTAL_MESSAGES.vi[code]).toBeTruthy();
      expect(PORTAL_MESSAGES.en[code]).toBeTruthy();
    }
  });

  it('reports the missing due-date column in both languages', () => {
    const doc = pageFromHtml('<table><tr><th>Mã hồ sơ</th><th>Chủ hồ sơ</th></tr><tr><td>H21.57.14-220513-0001</td><td>Nguyễn Văn Thử</td></tr></table>');
    const missing = readDossierList(doc).diagnostics.find((d) => d.code === 'column-missing' && d.params.label === 'Ngày hẹn trả');
    expect(missing).toBeDefined();
    expect(describeDiagnostic(missing!, 'vi')).toBe("Không tìm thấy cột 'Ngày hẹn trả'");
    expect(describeDiagnostic(missing!, 'en')).toBe("Header 'Ngày hẹn trả' not found");
  });

  it('reports an impossible date in a row instead of a wrong one', () => {
    const doc = pageFromHtml('<table><tr><th>Mã hồ sơ</th><th>Ngày hẹn trả</th></tr><tr><td>H21.57.14-220513-0001</td><td>31/02/2022</td></tr></table>');
    const { dossiers, diagnostics } = readDossierList(doc);
    expect(dossiers[0]?.dueAt).toBeUndefined();
    expect(diagnostics).toContainEqual({ code: 'value-unparseable', level: 'warning', params: { text: '31/02/2022', label: 'Ngày hẹn trả' }, row: 0 });
  });

  it('finds no list in layout and statistics tables', () => {
    const doc = pageFromHtml('<table><tr><td>Trang chủ</td><td>Liên hệ</td></tr></table><table><tr><th>Lĩnh vực</th><th>Tiếp nhận</th></tr><tr><td>Đất đai</td><td>5</td></tr></table>');
    const { lists, diagnostics } = readDossierList(doc);
    expect(lists).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual(['list-not-found']);
  });
});
