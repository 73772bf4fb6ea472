import { describe, expect, it } from 'vitest';
import { readDossierDetail } from '../../../lib/portal';
import { DATASET } from '../../fixtures/portal/dataset';
import { demoPage, pick } from './demo';
import { pageFromHtml } from './load';

describe('demo portal A detail pages (td.label / td.value)', () => {
  it.each(DATASET.filter((r) => r.key !== 'D13').map((r) => [r.key, r] as const))('%s gives every letter field', async (key, expected) => {
    const { dossier, diagnostics } = readDossierDetail(await demoPage(`/fixtures/a/chi-tiet.html?id=${key}`));
    const fields = ['procedure', 'applicant', 'address', 'phone', 'receivedAt', 'dueAt', 'receivingAgency', 'status', 'reason'] as const;
    expect(dossier?.code).toBe(expected.oldCode);
    expect(pick(dossier, fields)).toEqual(pick(expected, fields));
    expect(dossier?.agency?.startsWith(expected.agency!)).toBe(true);
    expect(diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
  });
});

const MATERIAL = `<app-root><h2 class="page-title">Chi tiết hồ sơ H21.57.14-220513-0001</h2>
  <mat-form-field><mat-label>Thủ tục hành chính</mat-label><input matInput readonly value="Đăng ký thành lập hộ kinh doanh"></mat-form-field>
  <mat-form-field><mat-label>Họ tên chủ hồ sơ</mat-label><input matInput readonly value="Nguyễn Văn Thử"></mat-form-field>
  <mat-form-field><mat-label>Số CMND/CCCD</mat-label><input matInput readonly value="064000000001"></mat-form-field>
  <mat-form-field><mat-label>Số điện thoại</mat-label><input matInput readonly value="+84900000101"></mat-form-field>
  <mat-form-field><mat-label>Ngày tiếp nhận</mat-label><input matInput readonly value="13/05/2022 09:15:00"></mat-form-field>
  <mat-form-field><mat-label>Ngày hẹn trả</mat-label><input matInput readonly value="20/05/2022 17:00:00"></mat-form-field>
  <mat-form-field><mat-label>Đơn vị xử lý</mat-label><mat-select><span>Phòng Tài chính - Kế hoạch</span></mat-select><input type="hidden" value="x"></mat-form-field>
  <mat-form-field><mat-label>Trạng thái</mat-label><input matInput disabled value="Đang xử lý"></mat-form-field>
  <mat-form-field><mat-label>Nội dung yêu cầu giải quyết</mat-label><textarea matInput readonly>Đăng ký hộ kinh doanh tạp hoá</textarea></mat-form-field>
</app-root>`;

const ANTD_MODAL = `<div class="list"><table><thead><tr><th>Mã hồ sơ</th><th>Tên thủ tục</th></tr></thead></table></div>
  <div class="ant-modal" role="dialog"><div class="ant-modal-content">
    <div class="ant-modal-title">Chi tiết hồ sơ H21.57.14-220505-0007</div>
    <form class="ant-form">
      <div class="ant-form-item"><div class="ant-form-item-label"><label title="Tên thủ tục">Tên thủ tục</label></div><div class="ant-form-item-control"><input disabled value="Cấp giấy phép xây dựng nhà ở riêng lẻ"></div></div>
      <div class="ant-form-item"><div class="ant-form-item-label"><label>Họ và tên</label></div><div class="ant-form-item-control"><input disabled value="Trần Thị Mẫu"></div></div>
      <div class="ant-form-item"><div class="ant-form-item-label"><label>Email</label></div><div class="ant-form-item-control"><input disabled value="mau@example.vn"></div></div>
      <div class="ant-form-item"><div class="ant-form-item-label"><label>Ngày tiếp nhận</label></div><div class="ant-form-item-control"><input disabled value="05/05/2022 14:30:00"></div></div>
      <div class="ant-form-item"><div class="ant-form-item-label"><label>Ngày hẹn trả</label></div><div class="ant-form-item-control"><input disabled value="17/05/2022 16:00:00"></div></div>
      <div class="ant-form-item"><div class="ant-form-item-label"><label for="dv">Đơn vị tiếp nhận</label></div><div class="ant-form-item-control"><select id="dv" disabled><option>Bộ phận tiếp nhận huyện Đức Cơ</option><option selected>Phòng Kinh tế và Hạ tầng</option></select></div></div>
    </form>
  </div></div>`;

const DEFINITIONS = `<section><h3>Thông tin hồ sơ</h3><dl>
  <dt>Mã hồ sơ</dt><dd>H56.14-240823-0001</dd>
  <dt>Người nộp</dt><dd>Lê Văn Mẫu (064000000202)</dd>
  <dt>Ngày nhận</dt><dd>2024-08-23T14:05:00+07:00</dd>
  <dt>Hạn giải quyết</dt><dd>26/08/2024</dd>
  <dt>Tình trạng</dt><dd>Chờ bổ sung</dd>
  <dt>Lý do bổ sung</dt><dd>Thiếu giấy chứng sinh</dd>
</dl><table><tr><th>Địa chỉ</th><td>Thôn Mẫu 9, xã Ia Kla</td></tr><tr><td>Số điện thoại</td><td><input readonly value="0900000202"></td></tr></table></section>`;

describe('detail views in other styles', () => {
  it('Material form fields: values from input.value and textarea, code from the title', () => {
    const { dossier, fields } = readDossierDetail(pageFromHtml(MATERIAL));
    expect(dossier).toMatchObject({
      code: 'H21.57.14-220513-0001',
      procedure: 'Đăng ký thành lập hộ kinh doanh',
      applicant: 'Nguyễn Văn Thử',
      phone: '+84900000101',
      receivedAt: '2022-05-13T09:15',
      dueAt: '2022-05-20T17:00',
      status: 'processing',
      summary: 'Đăng ký hộ kinh doanh tạp hoá',
    });
    expect(fields.dueAt).toBe('Ngày hẹn trả');
  });

  it('AntD modal: disabled inputs and a select, the modal read before the list behind it', () => {
    const { dossier } = readDossierDetail(pageFromHtml(ANTD_MODAL));
    expect(dossier).toMatchObject({
      code: 'H21.57.14-220505-0007',
      procedure: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
      applicant: 'Trần Thị Mẫu',
      email: 'mau@example.vn',
      receivedAt: '2022-05-05T14:30',
      dueAt: '2022-05-17T16:00',
      receivingAgency: 'Phòng Kinh tế và Hạ tầng',
    });
  });

  it('definition list, th/td pairs and a readonly input in the next cell; date-only due at 17:00', () => {
    const { dossier } = readDossierDetail(pageFromHtml(DEFINITIONS));
    expect(dossier).toMatchObject({
      code: 'H56.14-240823-0001',
      applicant: 'Lê Văn Mẫu',
      receivedAt: '2024-08-23T14:05',
      dueAt: '2024-08-26T17:00',
      dueDateOnly: true,
      status: 'waiting-additions',
      reason: 'Thiếu giấy chứng sinh',
      address: 'Thôn Mẫu 9, xã Ia Kla',
      phone: '0900000202',
    });
  });

  it('reads a same-origin iframe holding the detail', () => {
    const doc = pageFromHtml('<main></main>');
    const frame = doc.createElement('iframe');
    frame.setAttribute('srcdoc', `<body>${ANTD_MODAL}</body>`);
    doc.querySelector('main')!.append(frame);
    expect(frame.contentDocument?.querySelector('.ant-modal')).not.toBeNull();
    const { dossier } = readDossierDetail(doc);
    expect(dossier?.code).toBe('H21.57.14-220505-0007');
    expect(dossier?.dueAt).toBe('2022-05-17T16:00');
  });

  it('reports a cross-origin frame instead of throwing', () => {
    const doc = pageFromHtml('<main><iframe id="f"></iframe></main>');
    const frame = doc.getElementById('f')!;
    Object.defineProperty(frame, 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    const result = readDossierDetail(doc);
    expect(result.dossier).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['frame-inaccessible', 'detail-not-found']);
  });
});
