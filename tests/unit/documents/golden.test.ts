// @vitest-environment node
/**
 * Golden checks: each kind rendered from its sample data gives exactly the expected paragraphs,
 * and the page is laid out as Nghị định 30/2020 asks (A4, margins, Times New Roman, sizes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
    expect(props('Nơi nhận:')).toEqual({ bold: true, italic: true, size: 12 });
    const dateRun = runs.find((r) => /, ngày \d\d tháng \d+ năm \d{4}$/.test(r.textContent ?? ''));
    expect(dateRun).toBeDefined();
    expect(byTag(dateRun!, 'i')).toHaveLength(1);
    expect(attr(byTag(dateRun!, 'sz')[0], 'val')).toBe('28');
    const recipient = runs.find((r) => (r.textContent ?? '').startsWith('- Như trên'));
    expect(attr(byTag(recipient!, 'sz')[0], 'val')).toBe('22');
  });

  it('draws the rules under the agency name and the Tiêu ngữ as paragraph borders', () => {
    const borders = byTag(documentXml(docx), 'pBdr');
    expect(borders.length).toBeGreaterThanOrEqual(2);
    for (const border of borders) expect(attr(byTag(border, 'top')[0], 'val')).toBe('single');
  });
});
