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
import { renderExplanation } from '../../../lib/documents/explanation';
import { sampleData } from '../../../lib/documents/templates/sample-data';
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
const text = (kind: TemplateKind): string => pdfText(pdfs.get(kind)!).replace(/[ \t\u00a0]+/g, ' ');

const EXPECTED: Record<TemplateKind, { pages: number; strings: string[] }> = {
  'apology-letter': {
    pages: 1,
    strings: ['PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', 'Kính gửi: Bà Trần Thị Mẫu', 'Đức Cơ, ngày 16 tháng 5 năm 2022', 'Số: …………/PXL-UBND', 'KT. CHỦ TỊCH', 'Nguyễn Văn Ví Dụ', 'tốn kém chi phí, công sức'],
  },
  'apology-letter-2025': {
    pages: 1,
    strings: ['VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN', 'THỜI GIAN GIẢI QUYẾT', 'Kính gửi: Bà Trần Thị Mẫu', 'Ia Dơk, ngày 23 tháng 01 năm 2026', '367/2025/NĐ-CP'],
  },
  'monthly-report': {
    pages: 2,
    strings: ['BÁO CÁO', 'BƯU ĐIỆN HUYỆN ĐỨC CƠ', 'Đức Cơ, ngày 20 tháng 5 năm 2022', 'Vũ Văn Mẫu', 'Phạm Văn Thử', 'H21.57.14-220504-0005', 'Tổng cộng', 'Số: …………/BC-BĐĐC', 'Từ kỳ trước'],
  },
  explanation: {
    pages: 1,
    strings: ['BÁO CÁO', 'PHÒNG KINH TẾ VÀ HẠ TẦNG', 'Trần Thị Mẫu', 'Đức Cơ, ngày 20 tháng 5 năm 2022', 'TRƯỞNG PHÒNG', 'Số: …………/BC-KTHT'],
  },
  'supplement-request': {
    pages: 1,
    strings: ['PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ', 'Hồ sơ của: Ông Phạm Văn Thử', 'Đức Cơ, ngày 10 tháng 5 năm 2022', '1. Bản vẽ mặt bằng', 'NGƯỜI HƯỚNG DẪN', 'Số: …………/HDHS'],
  },
};

describe.each(TEMPLATE_KINDS)('%s through LibreOffice', (kind) => {
  it('converts to a PDF of the expected length', () => {
    expect(pdfPageCount(pdfs.get(kind)!)).toBe(EXPECTED[kind].pages);
  });

  it('shows the header and the Vietnamese text with its diacritics', () => {
    const pdf = text(kind);
    const common = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', ...(kind === 'supplement-request' ? [] : ['Nơi nhận:'])];
    for (const expected of [...common, ...EXPECTED[kind].strings]) {
      expect(pdf, expected).toContain(expected);
    }
    expect(pdf).not.toMatch(/[{}]|undefined/);
  });

  it('keeps every place name of the header on one line ("HUYỆN ĐỨC CƠ", never "ĐỨC" / "CƠ")', () => {
    // Reading order, not -layout: the header's two columns would otherwise share each line.
    const raw = execFileSync('pdftotext', [pdfs.get(kind)!, '-'], { encoding: 'utf8' });
    const lines = raw.split('\n').map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim());
    for (const line of lines) expect(line, line).not.toMatch(/(ĐỨC|IA)$/);
    expect(lines.some((line) => /(HUYỆN ĐỨC CƠ|XÃ IA DƠK|TỈNH GIA LAI)/.test(line))).toBe(true);
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

describe('the signature block never stands alone on a page', () => {
  // Longer and longer reasons push the closing paragraph across the page end at every position.
  const SENTENCE = ' Đơn vị đã phối hợp với các cơ quan liên quan để kiểm tra, xác minh và hoàn thiện hồ sơ theo quy định.';
  const variants = Array.from({ length: 10 }, (_, i) => i * 3);
  const dir = mkdtempSync(join(tmpdir(), 'nhac-han-keep-'));
  let pdfsByLength: string[] = [];

  beforeAll(() => {
    const files = variants.map((n) => {
      const data = sampleData('explanation');
      const path = join(dir, `explanation-${n}.docx`);
      writeFileSync(path, renderExplanation({ ...data, reason: `${data.reason}${SENTENCE.repeat(n)}` }));
      return path;
    });
    pdfsByLength = convertToPdf(files, dir);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the closing sentence on the page that holds the signature, at every length', () => {
    const pages = new Set<number>();
    for (const pdf of pdfsByLength) {
      const count = pdfPageCount(pdf);
      pages.add(count);
      const last = execFileSync('pdftotext', ['-f', String(count), '-l', String(count), pdf, '-'], { encoding: 'utf8' });
      expect(last, pdf).toContain('Lê Văn Mẫu');
      expect(last.replace(/\s+/g, ' '), pdf).toContain('Trên đây là báo cáo giải trình');
    }
    // The lengths reach a second page, so the page end really moved through the closing block.
    expect(pages.size).toBeGreaterThan(1);
  });
});
