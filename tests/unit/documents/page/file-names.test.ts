import { describe, expect, it } from 'vitest';
import { asciiFileStem, backupFileName, explanationFileName, letterFileName, reportFileName } from '../../../../lib/documents/page/file-names';

describe('downloaded file names', () => {
  it.each([
    ['H21.57.14-220513-0001', 'Phieu-xin-loi_H21.57.14-220513-0001.docx'],
    ['000.00.57.H21-220505-0007', 'Phieu-xin-loi_000.00.57.H21-220505-0007.docx'],
    ['G22.99/Đức Cơ 01', 'Phieu-xin-loi_G22.99-Duc-Co-01.docx'],
    ['  ', 'Phieu-xin-loi.docx'],
  ])('letter for %j is %s', (code, name) => {
    expect(letterFileName(code)).toBe(name);
  });

  it('strips every Vietnamese mark and keeps only safe ASCII', () => {
    expect(asciiFileStem('Trần Thị Mẫu – Ủy ban nhân dân huyện Đức Cơ')).toBe('Tran-Thi-Mau-Uy-ban-nhan-dan-huyen-Duc-Co');
    expect(asciiFileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(asciiFileStem('a\\b:c*d?e"f<g>h|i')).toBe('a-b-c-d-e-f-g-h-i');
    expect(asciiFileStem('x'.repeat(400))).toHaveLength(150);
  });

  it('names the report after its month, explanations after the dossier, backups after the time', () => {
    expect(reportFileName('2022-05')).toBe('Bao-cao-ho-so-tra-lai-tre-han_2022-05.docx');
    expect(explanationFileName('H21.57.14-220504-0005')).toBe('Giai-trinh_H21.57.14-220504-0005.docx');
    expect(backupFileName('2022-05-20T08:00')).toBe('Nhac-Han-sao-luu_2022-05-20T08-00.json');
  });
});
