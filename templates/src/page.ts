/**
 * Page geometry and the Nghị định 30/2020 blocks shared by every template: the two-column header
 * (agency on the left, Quốc hiệu and Tiêu ngữ on the right), the place/date line, and the closing
 * table with "Nơi nhận:" on the left and the signature on the right.
 */
import { lineWidth } from '../../lib/documents/text-width';
import { p, rule, table } from './ooxml';

/** A4 in twips: 210 × 297 mm. */
export const A4 = { short: 11906, long: 16838 } as const;

/** Top/bottom 22 mm, left 32 mm, right 18 mm: inside the decree's 20–25 / 30–35 / 15–20 mm. */
export const MARGINS = { top: 1247, bottom: 1247, left: 1814, right: 1020, header: 567, footer: 567 } as const;

export type Orientation = 'portrait' | 'landscape';

export function textWidth(orientation: Orientation): number {
  const width = orientation === 'portrait' ? A4.short : A4.long;
  return width - MARGINS.left - MARGINS.right;
}

/** Twips left to a table cell's text after its 85-twip padding on each side. */
export const inner = (cell: number): number => cell - 170;

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/**
 * The header columns, together exactly the text width so nothing reaches into a margin: the right
 * one holds the Quốc hiệu at 12 pt bold on one line, the agency column takes the rest (a long
 * agency name wraps at the break lib/documents/agency-profile chooses, never inside a place name).
 */
export function headerColumns(orientation: Orientation): [number, number] {
  const total = textWidth(orientation);
  const right = orientation === 'portrait' ? 5300 : 6520;
  return [total - right, right];
}

/**
 * The header: a borderless table whose first row holds the agency (left) and the Quốc hiệu with
 * the Tiêu ngữ (right), and whose second row holds "Số: …" and the place/date line, so the two
 * always share a line however the agency name wraps.
 * Tags: {parentAgency} {agency} {number} {documentSymbol} {placeName} {issueDate}.
 */
export function headerBlock(orientation: Orientation): string {
  const [left, right] = headerColumns(orientation);
  const agency = [
    p('{parentAgency}', { align: 'center', size: 12 }),
    p('{agency}', { align: 'center', size: 12, bold: true }),
    rule('NhacHanRuleShort', Math.round(inner(left) / 3), inner(left)),
  ].join('');
  const nation = [
    p(QUOC_HIEU, { align: 'center', size: 12, bold: true }),
    p(TIEU_NGU, { align: 'center', size: 13, bold: true }),
    rule('NhacHanRuleFull', lineWidth(TIEU_NGU, 13, true), inner(right)),
  ].join('');
  return table({
    widths: [left, right],
    borders: false,
    vAlign: 'top',
    rows: [
      { cells: [{ content: agency }, { content: nation }] },
      {
        cells: [
          { content: p('Số: {number}/{documentSymbol}', { align: 'center', size: 13, before: 6 }) },
          { content: p('{placeName}, {issueDate}', { align: 'center', size: 14, italic: true, before: 6 }) },
        ],
      },
    ],
  });
}

/** A body paragraph: 14 pt, justified, first line indented 1.27 cm, 6 pt after. */
export const body = (content: Parameters<typeof p>[0], extra: Parameters<typeof p>[1] = {}): string =>
  p(content, { align: 'both', firstLine: 720, after: 6, line: 264, size: 14, ...extra });

/** A title line, centred and bold. */
export const title = (text: string, extra: Parameters<typeof p>[1] = {}): string =>
  p(text, { align: 'center', bold: true, size: 14, keepNext: true, ...extra });

/**
 * "Nơi nhận:" (12 pt bold italic, list 11 pt; each item its own paragraph through a paragraph
 * loop) beside the signature block: {signatureHeading} over the signer's name after room to sign.
 */
export function closingBlock(orientation: Orientation): string {
  const total = textWidth(orientation);
  const left = Math.round(total / 2) - 300;
  const right = total - left;
  const recipients = [
    p('Nơi nhận:', { size: 12, bold: true, italic: true, before: 6 }),
    p('{#recipients}', { size: 11 }),
    p('{line}', { size: 11 }),
    p('{/recipients}', { size: 11 }),
  ].join('');
  const signature = [
    p('{signatureHeading}', { align: 'center', size: 14, bold: true, before: 6, keepNext: true }),
    ...[1, 2, 3, 4].map(() => p('', { size: 14, keepNext: true })),
    p('{signerName}', { align: 'center', size: 14, bold: true }),
  ].join('');
  return table({ widths: [left, right], borders: false, vAlign: 'top', rows: [{ cells: [{ content: recipients }, { content: signature }] }] });
}

/**
 * The signature of a desk form such as Mẫu 02: no "Nơi nhận:", the signer's role over "(Ký và ghi rõ
 * họ tên)" and the name, in the right half of the page.
 */
export function formSignature(orientation: Orientation, role: string): string {
  const total = textWidth(orientation);
  const left = Math.round(total / 2) - 300;
  const signature = [
    p(role, { align: 'center', size: 14, bold: true, before: 12, keepNext: true }),
    p('(Ký và ghi rõ họ tên)', { align: 'center', size: 14, italic: true, keepNext: true }),
    ...[1, 2, 3, 4].map(() => p('', { size: 14, keepNext: true })),
    p('{signerName}', { align: 'center', size: 14, bold: true }),
  ].join('');
  return table({
    widths: [left, total - left],
    borders: false,
    vAlign: 'top',
    rows: [{ cells: [{ content: p('') }, { content: signature }] }],
  });
}

/** The last paragraph before the signature, kept on its page so the signature never stands alone. */
export const closing = (text: string): string => body(text, { keepNext: true, keepLines: true });

/** Page geometry, with the page-number header on every page but the first. */
export function sectionProperties(orientation: Orientation): string {
  const [w, h] = orientation === 'portrait' ? [A4.short, A4.long] : [A4.long, A4.short];
  return (
    '<w:sectPr>' +
    '<w:headerReference w:type="default" r:id="rIdHeaderDefault"/>' +
    '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>' +
    `<w:pgSz w:w="${w}" w:h="${h}"${orientation === 'landscape' ? ' w:orient="landscape"' : ''}/>` +
    `<w:pgMar w:top="${MARGINS.top}" w:right="${MARGINS.right}" w:bottom="${MARGINS.bottom}" w:left="${MARGINS.left}" w:header="${MARGINS.header}" w:footer="${MARGINS.footer}" w:gutter="0"/>` +
    '<w:cols w:space="720"/><w:titlePg/>' +
    '</w:sectPr>'
  );
}
