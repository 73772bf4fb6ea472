// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { renderApologyLetter, apologyRegime } from '../../../lib/documents/apology-letter';
import { renderExplanation } from '../../../lib/documents/explanation';
import { DocsError } from '../../../lib/documents/errors';
import { renderMonthlyReport, totalsByUnit } from '../../../lib/documents/monthly-report';
import { sampleData } from '../../../lib/documents/templates/sample-data';
import { renderSupplementRequest } from '../../../lib/documents/supplement-request';
import { readDefaultTemplate } from '../../../lib/documents/templates/defaults-node';
import { byTag, documentXml, paragraphTexts, partXml } from './docx-xml';
import './render-fixtures';

const letter = sampleData('apology-letter');

function caught(fn: () => unknown): DocsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DocsError) return error;
    throw error;
  }
  throw new Error('expected a DocsError');
}

describe('hostile input', () => {
  const name = 'Nguyễn <Văn> & "Thử" \'Mẫu\' 😀🇻🇳';
  const reason = ('Lý do dài: ' + 'Hồ sơ cần xác minh thêm. '.repeat(80)).slice(0, 1999) + '.';

  it('escapes markup characters, keeps emoji, and holds a 2,000-character reason', () => {
    expect(reason.length).toBe(2000);
    const docx = renderApologyLetter({ ...letter, applicant: name, reason });
    const text = paragraphTexts(docx);
    expect(text).toContain(`Kính gửi: Bà ${name}`);
    expect(text).toContain(`Lý do: ${reason}`);
    expect(partXml(docx, 'word/document.xml')).toContain('&lt;Văn&gt; &amp;');
  });

  it('removes control characters instead of writing XML that Word refuses', () => {
    const docx = renderApologyLetter({ ...letter, applicant: 'Trần\u0000 Thị\u0008 Mẫu\u001B', reason: 'a\u000Cb' });
    expect(paragraphTexts(docx)).toContain('Kính gửi: Bà Trần Thị Mẫu');
    expect(partXml(docx, 'word/document.xml')).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('composes decomposed Vietnamese to NFC', () => {
    const docx = renderApologyLetter({ ...letter, applicant: 'Tra\u0302\u0300n Thi\u0323 Ma\u0302\u0303u' });
    expect(paragraphTexts(docx)).toContain('Kính gửi: Bà Trần Thị Mẫu');
  });

  it('turns newlines in long text into line breaks', () => {
    const docx = renderApologyLetter({ ...letter, reason: 'Dòng một\nDòng hai\r\nDòng ba' });
    const paragraph = byTag(documentXml(docx), 'p').find((p) => (p.textContent ?? '').startsWith('Lý do:'));
    expect(byTag(paragraph!, 'br')).toHaveLength(2);
    expect(paragraphTexts(docx)).toContain('Lý do: Dòng một\nDòng hai\nDòng ba');
  });

  it('prints the dotted blanks of the form for missing optional fields, never "undefined"', () => {
    const docx = renderApologyLetter({
      agency: { parentAgency: '', agency: 'UBND xã Ia Dơk', placeName: 'Ia Dơk', signerTitle: 'Chủ tịch', signerName: '' },
      dossierCode: 'H21-0001',
      receivedAt: '2022-05-05T14:30',
    });
    const text = paragraphTexts(docx).join('\n');
    expect(text).not.toMatch(/undefined|null|NaN/);
    expect(text).toContain('Ia Dơk, ngày …… tháng …… năm ……');
    expect(text).toContain('Số: …………/PXL');
    expect(text).toContain('Kính gửi: Ông/Bà …………');
    expect(text).toContain('Thời gian hẹn trả kết quả giải quyết hồ sơ: …… giờ …… phút, ngày …… tháng …… năm …….');
    expect(text).toContain('Lý do: …………');
    expect(text).toContain('- Như trên;\n- Bộ phận Một cửa;\n- Lưu: VT.');
  });

  it('rejects data that does not fit the schema with a typed error naming the field', () => {
    const error = caught(() => renderApologyLetter({ ...letter, receivedAt: '05/05/2022 14:30' }));
    expect(error.code).toBe('invalid-data');
    expect(error.problems[0]!.message.vi).toContain('"receivedAt"');
    expect(error.message).toContain(' / The document data is invalid at "receivedAt"');
  });

  it('rejects an empty dossier code and a reason beyond 4,000 characters', () => {
    expect(caught(() => renderApologyLetter({ ...letter, dossierCode: '  ' })).code).toBe('invalid-data');
    expect(caught(() => renderApologyLetter({ ...letter, reason: 'x'.repeat(4001) })).code).toBe('invalid-data');
  });
});

describe('apology letter regimes', () => {
  const title2018 = 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ';
  const title2025 = 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN';

  it.each([
    [{ receivedAt: '2025-06-30T23:59' }, '2018'],
    [{ receivedAt: '2025-07-01T00:00' }, '2025'],
    [{ receivedAt: '2022-05-05T14:30', regime: '2025' as const }, '2025'],
    [{ receivedAt: '2025-09-01T08:00', regime: '2018' as const }, '2018'],
    [{ issueDate: '2024-12-31' }, '2018'],
    [{}, '2025'],
  ])('%o → %s', (data, regime) => {
    expect(apologyRegime(data)).toBe(regime);
  });

  it('prints the form of the regime the receipt date falls in', () => {
    expect(paragraphTexts(renderApologyLetter({ ...letter, receivedAt: '2025-06-30T16:00' }))).toContain(title2018);
    const text = paragraphTexts(renderApologyLetter({ ...letter, receivedAt: '2025-07-01T08:00' }));
    expect(text).toContain(title2025);
    expect(text).not.toContain(title2018);
  });

  it("uses an office's own template whatever the regime", () => {
    const docx = renderApologyLetter({ ...letter, regime: '2025' }, readDefaultTemplate('apology-letter'));
    expect(paragraphTexts(docx)).toContain(title2018);
  });
});

describe('signature block', () => {
  it.each([
    [{ signingPrefix: 'KT.', signingAuthority: 'Chủ tịch', signerTitle: 'Phó Chủ tịch' }, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'],
    [{ signingPrefix: 'TM.', signingAuthority: 'Ủy ban nhân dân', signerTitle: 'Chủ tịch' }, 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH'],
    [{ signingPrefix: 'TL.', signingAuthority: 'Chủ tịch', signerTitle: 'Chánh Văn phòng' }, 'TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG'],
    [{ signingPrefix: 'Q.', signingAuthority: 'Giám đốc', signerTitle: '' }, 'Q. GIÁM ĐỐC'],
    [{ signingPrefix: 'TUQ.', signingAuthority: undefined, signerTitle: 'Trưởng phòng' }, 'TUQ. …………\nTRƯỞNG PHÒNG'],
    [{ signingPrefix: '', signerTitle: 'Chủ tịch' }, 'CHỦ TỊCH'],
  ] as const)('%o', (signing, heading) => {
    const docx = renderApologyLetter({ ...letter, agency: { ...letter.agency, ...signing } });
    const text = paragraphTexts(docx).join('\n');
    expect(text).toContain(`${heading}\nNguyễn Văn Ví Dụ`);
  });
});

describe('monthly report', () => {
  const report = sampleData('monthly-report');

  it('totals by unit, most dossiers first', () => {
    expect(totalsByUnit({ returned: [{ dossierCode: 'a', returnedBy: 'B' }], late: [
      { dossierCode: 'b', daysLate: 1, responsible: 'A' },
      { dossierCode: 'c', daysLate: 2, responsible: 'B' },
      { dossierCode: 'd', daysLate: 2 },
    ] })).toEqual([
      { unit: 'B', returned: 1, late: 1, total: 2 },
      { unit: 'A', returned: 0, late: 1, total: 1 },
      { unit: 'Chưa xác định', returned: 0, late: 1, total: 1 },
    ]);
  });

  it('says so when a table is empty, and drops the note when it is not', () => {
    const empty = paragraphTexts(renderMonthlyReport({ ...report, returned: [], late: [] }));
    expect(empty).toContain('Trong kỳ không có hồ sơ bị trả lại.');
    expect(empty).toContain('Trong kỳ không có hồ sơ giải quyết trễ hạn.');
    const full = paragraphTexts(renderMonthlyReport(report));
    expect(full).not.toContain('Trong kỳ không có hồ sơ bị trả lại.');
  });

  it('repeats a table row per dossier, with the header row repeated on every page', () => {
    const late = Array.from({ length: 200 }, (_, i) => ({ dossierCode: `H21-${i}`, daysLate: i % 7, responsible: `Phòng ${i % 5}` }));
    const doc = documentXml(renderMonthlyReport({ ...report, late }));
    const tables = byTag(doc, 'tbl');
    const lateTable = tables[tables.length - 2]!;
    expect(byTag(lateTable, 'tr')).toHaveLength(201);
    expect(byTag(byTag(lateTable, 'tr')[0]!, 'tblHeader')).toHaveLength(1);
  });

  it('rejects a period that ends before it starts', () => {
    const error = caught(() => renderMonthlyReport({ ...report, period: { from: '2022-05-14', to: '2022-04-15', label: 'x' } }));
    expect(error.code).toBe('invalid-data');
    expect(error.problems[0]!.message.en).toContain('period.to');
  });
});

describe('explanation and supplement request', () => {
  it('describes a returned dossier', () => {
    const data = { ...sampleData('explanation'), caseKind: 'returned' as const, returnedAt: '2022-05-12T10:30', returnedBy: 'Phòng Tư pháp' };
    const text = paragraphTexts(renderExplanation(data));
    expect(text).toContain('Giải trình nguyên nhân trả lại hồ sơ H21.57.14-220505-0007');
    expect(text).toContain('- Tình trạng: Hồ sơ bị Phòng Tư pháp trả lại vào 10 giờ 30 phút, ngày 12 tháng 5 năm 2022.');
  });

  it('lists every missing item once, in order', () => {
    const data = { ...sampleData('supplement-request'), missing: ['Bản vẽ', 'Giấy chứng nhận', 'Tờ khai'] };
    const text = paragraphTexts(renderSupplementRequest(data));
    const start = text.indexOf('1. Bản vẽ');
    expect(text.slice(start, start + 3)).toEqual(['1. Bản vẽ', '2. Giấy chứng nhận', '3. Tờ khai']);
  });

  it('refuses a request with nothing missing', () => {
    expect(caught(() => renderSupplementRequest({ ...sampleData('supplement-request'), missing: [] })).code).toBe('invalid-data');
  });
});

describe('default templates', () => {
  it('are fetched from /templates/<kind>.docx by the extension loader', async () => {
    vi.resetModules();
    const kinds = await import('../../../lib/documents/templates/defaults');
    const { renderSupplementRequest: render } = await import('../../../lib/documents/supplement-request');
    expect(() => render(sampleData('supplement-request'))).toThrow(/default-template|supplement-request\.docx/);
    const paths: string[] = [];
    await kinds.loadDefaultTemplates(async (path) => {
      paths.push(path);
      const bytes = readDefaultTemplate(path.replace('/templates/', '').replace('.docx', '') as never);
      return bytes.slice().buffer;
    });
    expect(paths).toEqual([
      '/templates/apology-letter.docx',
      '/templates/apology-letter-2025.docx',
      '/templates/monthly-report.docx',
      '/templates/explanation.docx',
      '/templates/supplement-request.docx',
    ]);
    expect(paragraphTexts(render(sampleData('supplement-request')))).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
  });
});
