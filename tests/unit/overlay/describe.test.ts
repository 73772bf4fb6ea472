import { describe, expect, it } from 'vitest';
import { assessDossier } from '../../../lib/deadline';
import { describeStanding, showTime } from '../../../lib/overlay/describe';
import { documentAction } from '../../../lib/overlay/actions';
import { dossier, FIXTURE_NOW_LOCAL } from '../../fixtures/portal/dataset';

const context = { asOf: FIXTURE_NOW_LOCAL, dueSoonDays: 2, checkWindowDays: 3 };

describe('badge words and tooltips', () => {
  it('says an overdue dossier’s working days late and its dates, in Vietnamese first', () => {
    const d02 = dossier('D02');
    const d = describeStanding(d02, assessDossier(d02, FIXTURE_NOW_LOCAL, context), { ...context, language: 'vi' });
    expect(d.text).toBe('Quá hạn 3 ngày');
    expect(d.tone).toBe('danger');
    expect(d.tooltip).toContain('Hẹn trả: 16:00 17/05/2022');
    expect(d.tooltip).toContain('Cần gửi phiếu xin lỗi');
    expect(d.actionHints.apology).toMatch(/phiếu xin lỗi/);
  });

  it('speaks English when the settings say so', () => {
    const d03 = dossier('D03');
    const d = describeStanding(d03, assessDossier(d03, FIXTURE_NOW_LOCAL, context), { ...context, language: 'en' });
    expect(d.text).toBe('2 working days left');
    expect(d.tooltip).toContain('"due soon" threshold: 2');
  });

  it('tells a returned dossier without a return date from one without an appointment', () => {
    const returned = { ...dossier('D04'), returnedAt: undefined };
    const a = describeStanding(returned, assessDossier(returned, FIXTURE_NOW_LOCAL, context), { ...context, language: 'vi' });
    expect(a.text).toBe('Đã trả, không rõ ngày trả');
    const d13 = dossier('D13');
    const b = describeStanding(d13, assessDossier(d13, FIXTURE_NOW_LOCAL, context), { ...context, language: 'vi' });
    expect(b.text).toBe('Không rõ ngày hẹn trả');
  });

  it('prints times the way the portals do', () => {
    expect(showTime('2022-05-20T17:00')).toBe('17:00 20/05/2022');
    expect(showTime(undefined)).toBe('');
  });
});

describe('the rules of issue 13 in the badge', () => {
  it('D11, finished late and not collected: "Xong trễ 3 ngày", the finish-day rule, and the apology still offered', () => {
    const d11 = { ...dossier('D11'), finishedAt: '2022-05-18T16:00' };
    const standing = assessDossier(d11, FIXTURE_NOW_LOCAL, context);
    const d = describeStanding(d11, standing, { ...context, language: 'vi' });
    expect(d.text).toBe('Xong trễ 3 ngày');
    expect(d.tooltip).toContain('tính đến ngày xử lý xong');
    expect(d.tooltip).toContain('Cần gửi phiếu xin lỗi');
    expect(documentAction(standing)).toBe('apology');
    expect(documentAction({ status: 'done-late', rule: 'returned-late' })).toBeUndefined();
  });

  it('finished on time: the result awaits collection', () => {
    const d = { ...dossier('D11'), finishedAt: '2022-05-12T10:00' };
    const out = describeStanding(d, assessDossier(d, FIXTURE_NOW_LOCAL, context), { ...context, language: 'vi' });
    expect(out.text).toBe('Xong đúng hạn, chờ trả');
    expect(out.tooltip).toContain('kết quả đang chờ công dân đến nhận');
  });
});
