// @vitest-environment node
/**
 * Golden checks: each kind rendered from its sample data gives exactly the expected paragraphs,
 * and the page is laid out as Nghị định 30/2020 asks (A4, margins, Times New Roman, sizes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { RULE_STYLES, widestLine } from '../../../lib/documents/fit-rules';
import { attr, byTag, documentXml, parseXml, partXml, paragraphTexts } from './docx-xml';
import { SAMPLES } from './render-fixtures';

/** One line per paragraph; a line break inside a paragraph also starts a new line. */
const golden = (kind: string): string => readFileSync(join(import.meta.dirname, 'golden', `${kind}.txt`), 'utf8').trimEnd();

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: string | null): number => Number(twips) / TWIPS_PER_MM;

describe.each(SAMPLES)('%s', (kind, docx) => {
  it('has the expected paragraphs in order', () => {
    expect(paragraphTexts(docx).join('\n')).toBe(golden(kind));
  });

  it('leaves no tag, "undefined" or "null" behind', () => {
    const text = paragraphTexts(docx).join('\n');
    expect(text).not.toMatch(/[{}]|undefined|null|NaN/);
  });

  it('is A4 with margins inside the decree ranges', () => {
    const sect = byTag(documentXml(docx), 'sectPr')[0];
    const size = byTag(sect!, 'pgSz')[0];
    const landscape = kind === 'monthly-report';
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual(landscape ? ['16838', '11906'] : ['11906', '16838']);
    expect(attr(size, 'orient')).toBe(landscape ? 'landscape' : null);
    const margins = byTag(sect!, 'pgMar')[0];
    for (const side of ['top', 'bottom']) expect(mm(attr(margins, side))).toSatisfy((v: number) => v >= 20 && v <= 25);
    expect(mm(attr(margins, 'left'))).toSatisfy((v: number) => v >= 30 && v <= 35);
    expect(mm(attr(margins, 'right'))).toSatisfy((v: number) => v >= 15 && v <= 20);
  });

  it('sets Times New Roman 14 pt as the default and hides the page number on page 1', () => {
    const styles = parseXml(partXml(docx, 'word/styles.xml'));
    const defaults = byTag(styles, 'rPrDefault')[0]!;
    const fonts = byTag(defaults, 'rFonts')[0];
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(fonts, slot)).toBe('Times New Roman');
    expect(attr(byTag(defaults, 'sz')[0], 'val')).toBe('28');
    const sect = byTag(documentXml(docx), 'sectPr')[0]!;
    expect(byTag(sect, 'titlePg')).toHaveLength(1);
    const first = byTag(sect, 'headerReference').find((ref) => attr(ref, 'type') === 'first');
    expect(first).toBeDefined();
    expect(partXml(docx, 'word/header2.xml')).not.toContain('PAGE');
    expect(partXml(docx, 'word/header1.xml')).toContain(' PAGE ');
  });

  it('prints the header in the decree sizes: Quốc hiệu bold 12, Tiêu ngữ bold 13, date line italic 14', () => {
    const runs = byTag(documentXml(docx), 'r');
    const runOf = (text: string) => runs.find((r) => byTag(r, 't').some((t) => t.textContent === text));
    const props = (text: string) => {
      const run = runOf(text);
      expect(run, text).toBeDefined();
      return {
        bold: byTag(run!, 'b').length > 0,
        italic: byTag(run!, 'i').length > 0,
        size: Number(attr(byTag(run!, 'sz')[0], 'val')) / 2,
      };
    };
    expect(props('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual({ bold: true, italic: false, size: 12 });
    expect(props('Độc lập - Tự do - Hạnh phúc')).toEqual({ bold: true, italic: false, size: 13 });
    if (kind !== 'supplement-request') expect(props('Nơi nhận:')).toEqual({ bold: true, italic: true, size: 12 });
    const dateRun = runs.find((r) => /, ngày \d\d tháng \d+ năm \d{4}$/.test(r.textContent ?? ''));
    expect(dateRun).toBeDefined();
    expect(byTag(dateRun!, 'i')).toHaveLength(1);
    expect(attr(byTag(dateRun!, 'sz')[0], 'val')).toBe('28');
    const recipient = runs.find((r) => (r.textContent ?? '').startsWith('- Như trên'));
    if (kind !== 'supplement-request') expect(attr(byTag(recipient!, 'sz')[0], 'val')).toBe('22');
  });

  it('draws the rules under the agency name and the Tiêu ngữ as paragraph borders', () => {
    const borders = byTag(documentXml(docx), 'pBdr');
    expect(borders.length).toBeGreaterThanOrEqual(2);
    for (const border of borders) expect(attr(byTag(border, 'top')[0], 'val')).toBe('single');
  });

  const doc = () => documentXml(docx);
  const textWidth = () => {
    const sect = byTag(doc(), 'sectPr')[0]!;
    const margins = byTag(sect, 'pgMar')[0];
    return Number(attr(byTag(sect, 'pgSz')[0], 'w')) - Number(attr(margins, 'left')) - Number(attr(margins, 'right'));
  };

  it('keeps the header table inside the margins: no negative indent, columns exactly the text width', () => {
    const header = byTag(doc(), 'tbl')[0]!;
    const indent = byTag(header, 'tblInd')[0];
    expect(indent === undefined || Number(attr(indent, 'w')) >= 0).toBe(true);
    const columns = byTag(header, 'gridCol').map((c) => Number(attr(c, 'w')));
    expect(columns.reduce((a, b) => a + b, 0)).toBe(textWidth());
  });

  it('puts "Số: …" and the place/date line in one table row, so they share a line however the agency wraps', () => {
    const row = byTag(doc(), 'tr').find((tr) => (tr.textContent ?? '').includes('Số: '));
    expect(row).toBeDefined();
    expect(row!.textContent).toMatch(/, ngày \d\d tháng \d+ năm \d{4}/);
  });

  it('sizes each rule to its line: 1/3–1/2 under the agency and the trích yếu, the Tiêu ngữ\'s own length', () => {
    const rules = byTag(doc(), 'p').filter((p) => byTag(p, 'pStyle').some((s) => (attr(s, 'val') ?? '') in RULE_STYLES));
    expect(rules.length).toBeGreaterThanOrEqual(kind === 'monthly-report' || kind === 'explanation' ? 3 : 2);
    for (const rule of rules) {
      const style = attr(byTag(rule, 'pStyle')[0], 'val') as keyof typeof RULE_STYLES;
      let line = rule.previousSibling;
      while (line && (line.nodeType !== 1 || (line as Element).localName !== 'p')) line = line.previousSibling;
      const cell = rule.parentNode as Element;
      const column = cell.localName === 'tc' ? Number(attr(byTag(cell, 'tcW')[0], 'w')) - 170 : textWidth();
      const ind = byTag(rule, 'ind')[0];
      const length = column - Number(attr(ind, 'left')) - Number(attr(ind, 'right'));
      const ratio = length / Math.min(column, widestLine(line as Element));
      if (style === 'NhacHanRuleFull') expect(ratio, style).toBeCloseTo(1, 1);
      else expect(ratio, style).toSatisfy((r: number) => r >= 1 / 3 && r <= 1 / 2);
      // A rule 4 pt or more below the text reads as a rule, not as an underline.
      expect(Number(attr(byTag(rule, 'spacing')[0], 'before'))).toBeGreaterThanOrEqual(80);
    }
  });

  it('keeps the closing paragraph with the signature block', () => {
    const body = byTag(doc(), 'body')[0]!;
    const blocks = Array.from(body.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName !== 'sectPr');
    const signature = blocks.at(-1)!;
    expect(signature.localName).toBe('tbl');
    for (const row of byTag(signature, 'tr')) expect(byTag(row, 'cantSplit')).toHaveLength(1);
    const before = blocks.at(-2)!;
    expect(before.localName).toBe('p');
    expect(byTag(before, 'keepNext')).toHaveLength(1);
    expect(before.textContent).toMatch(/\.\/\.$/);
  });
});

describe('supplement-request (Mẫu 02)', () => {
  const docx = SAMPLES.find(([kind]) => kind === 'supplement-request')![1];
  const text = paragraphTexts(docx).join('\n');

  it('is a desk slip signed by the officer who guides: no "Kính gửi", no "Nơi nhận", symbol HDHS', () => {
    expect(text).not.toContain('Kính gửi');
    expect(text).not.toContain('Nơi nhận');
    expect(text).toContain('Số: …………/HDHS');
    expect(text).toMatch(/NGƯỜI HƯỚNG DẪN\n\(Ký và ghi rõ họ tên\)\nSiu Thị Ví Dụ$/);
    expect(text).not.toContain('CHỦ TỊCH');
  });

  it('prints the form\'s items in its order: applicant, request, address, contact, list, reason, guidance', () => {
    const order = ['Hồ sơ của:', 'Nội dung yêu cầu giải quyết:', 'Địa chỉ:', 'Email:', 'Yêu cầu hoàn thiện hồ sơ', '1. ', 'Lý do:', 'liên hệ với'];
    const at = order.map((label) => text.indexOf(label));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});
