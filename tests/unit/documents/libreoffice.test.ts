// @vitest-environment node
/**
 * The rendered documents open in LibreOffice: one soffice run converts every kind to PDF, then the
 * PDF text must carry the Vietnamese strings with their diacritics. Missing LibreOffice is a failure,
 * not a skip: the CI image installs it (libreoffice-writer-nogui, poppler-utils, fonts-liberation2).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_KINDS, type TemplateKind } from '../../../lib/documents/templates/defaults';
import { convertToPdf, findTool, pdfPageCount, pdfText } from '../../../scripts/libreoffice';
import { renderSample } from './render-fixtures';

const work = mkdtempSync(join(tmpdir(), 'nhac-han-docs-test-'));
const pdfs = new Map<TemplateKind, string>();

beforeAll(() => {
  for (const tool of ['soffice', 'pdftotext', 'pdfinfo', 'pdffonts']) {
    if (findTool(tool) === undefined) {
      throw new Error(
        `${tool} is not installed: the document layout tests need LibreOffice and poppler ` +
          '(apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2)',
      );
    }
  }
  const files = TEMPLATE_KINDS.map((kind) => {
    const path = join(work, `${kind}.docx`);
    writeFileSync(path, renderSample(kind));
    return path;
  });
  convertToPdf(files, work).forEach((pdf, i) => pdfs.set(TEMPLATE_KINDS[i]!, pdf));
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** pdftotext -layout pads columns with spaces; collapse runs of spaces so phrases can be found. */
const text = (kind: TemplateKind): string => pdfText(pdfs.get(kind)!).replace(/[ \t]+/g, ' ');

const EXPECTED: Record<TemplateKind, { pages: number; strings: string[] }> = {
  'apology-letter': {
    pages: 1,
    strings: ['PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', 'Kính gửi: Bà Trần Thị Mẫu', 'Đức Cơ, ngày 20 tháng 5 năm 2022', 'Số: …………/PXL', 'KT. CHỦ TỊCH', 'Nguyễn Văn Ví Dụ'],
  },
  'apology-letter-2025': {
    pages: 1,
    strings: ['VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN', 'THỜI GIAN GIẢI QUYẾT HỒ SƠ', 'Kính gửi: Bà Trần Thị Mẫu', 'Ia Dơk, ngày 14 tháng 10 năm 2025'],
  },
  'monthly-report': {
    pages: 2,
    strings: ['BÁO CÁO', 'ỦY BAN NHÂN DÂN HUYỆN ĐỨC CƠ', 'Đức Cơ, ngày 20 tháng 5 năm 2022', 'Vũ Văn Mẫu', 'Phạm Văn Thử', 'H21.57.14-220504-0005', 'Tổng cộng'],
  },
  explanation: {
    pages: 1,
    strings: ['BÁO CÁO GIẢI TRÌNH', 'PHÒNG KINH TẾ VÀ HẠ TẦNG', 'Trần Thị Mẫu', 'Đức Cơ, ngày 20 tháng 5 năm 2022', 'TRƯỞNG PHÒNG'],
  },
  'supplement-request': {
    pages: 1,
    strings: ['PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', 'Kính gửi: Ông Phạm Văn Thử', 'Đức Cơ, ngày 11 tháng 5 năm 2022', '1. Bản vẽ mặt bằng'],
  },
};

describe.each(TEMPLATE_KINDS)('%s through LibreOffice', (kind) => {
  it('converts to a PDF of the expected length', () => {
    expect(pdfPageCount(pdfs.get(kind)!)).toBe(EXPECTED[kind].pages);
  });

  it('shows the header and the Vietnamese text with its diacritics', () => {
    const pdf = text(kind);
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nơi nhận:', ...EXPECTED[kind].strings]) {
      expect(pdf, expected).toContain(expected);
    }
    expect(pdf).not.toMatch(/[{}]|undefined/);
  });

  it('embeds only the Times New Roman metric font, so no glyph fell back to another font', () => {
    const fonts = execFileSync('pdffonts', [pdfs.get(kind)!], { encoding: 'utf8' });
    const names = fonts
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ''))
      .filter((name): name is string => !!name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^(LiberationSerif|TimesNewRoman)/);
  });
});
