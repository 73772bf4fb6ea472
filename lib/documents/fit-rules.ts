/**
 * Sizes the short rules of a rendered document to the text above them. Nghị định 30/2020 Phụ lục I
 * asks for a rule 1/3 to 1/2 as long as the line over it (under the issuing agency and under the
 * trích yếu) and one as long as the Tiêu ngữ; the agency name and the trích yếu are only known once
 * the data is in, so the default templates mark their rules with a paragraph style and this step,
 * run after docxtemplater, sets each rule's indents from the measured line.
 */
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { lineWidth } from './text-width';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The rule styles of the default templates and the fraction of the line each rule spans. */
export const RULE_STYLES = { NhacHanRuleShort: 0.4, NhacHanRuleFull: 1 } as const;
type RuleStyle = keyof typeof RULE_STYLES;

/** Body text size of the default templates (styles.xml), for runs that set none. */
const DEFAULT_SIZE = 14;

const children = (node: Element, name: string): Element[] =>
  Array.from(node.childNodes).filter((c): c is Element => c.nodeType === 1 && (c as Element).localName === name && (c as Element).namespaceURI === W);
const child = (node: Element | undefined, name: string): Element | undefined => (node ? children(node, name)[0] : undefined);
const val = (node: Element | undefined, name = 'val'): string | null => node?.getAttributeNS(W, name) ?? null;

/** The widest line of a paragraph in twips (line breaks split lines). */
export function widestLine(paragraph: Element): number {
  let widest = 0;
  let current = 0;
  for (const run of children(paragraph, 'r')) {
    const rPr = child(run, 'rPr');
    const bold = child(rPr, 'b') !== undefined;
    const size = Number(val(child(rPr, 'sz')) ?? DEFAULT_SIZE * 2) / 2;
    for (const piece of Array.from(run.childNodes)) {
      if (piece.nodeType !== 1) continue;
      const element = piece as Element;
      if (element.localName === 't') current += lineWidth(element.textContent ?? '', size, bold);
      else if (element.localName === 'br') {
        widest = Math.max(widest, current);
        current = 0;
      }
    }
  }
  return Math.max(widest, current);
}

/** Twips a paragraph may span: its table cell's text width, or the page's. */
function columnWidth(paragraph: Element, pageText: number): number {
  const cell = paragraph.parentNode as Element | null;
  if (cell?.localName !== 'tc') return pageText;
  const width = Number(val(child(child(cell, 'tcPr'), 'tcW'), 'w'));
  // The default templates pad every cell by 85 twips a side (tblCellMar).
  return width - 170;
}

function pageTextWidth(body: Element): number {
  const sect = child(body, 'sectPr');
  const width = Number(val(child(sect, 'pgSz'), 'w'));
  const margins = child(sect, 'pgMar');
  return width - Number(val(margins, 'left')) - Number(val(margins, 'right'));
}

function previousParagraph(node: Element): Element | undefined {
  for (let n = node.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 1) return (n as Element).localName === 'p' ? (n as Element) : undefined;
  }
  return undefined;
}

/** document.xml with every marked rule centred under its line at the style's fraction of that line. */
export function fitRules(documentXml: string): string {
  if (!documentXml.includes('NhacHanRule')) return documentXml;
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  if (!body) return documentXml;
  const pageText = pageTextWidth(body);
  for (const paragraph of Array.from(doc.getElementsByTagNameNS(W, 'p'))) {
    const pPr = child(paragraph, 'pPr');
    const style = val(child(pPr, 'pStyle')) ?? '';
    if (!pPr || !(style in RULE_STYLES)) continue;
    const line = previousParagraph(paragraph);
    if (!line) continue;
    const column = columnWidth(paragraph, pageText);
    const length = Math.min(column, Math.round(Math.min(widestLine(line), column) * RULE_STYLES[style as RuleStyle]));
    const side = String(Math.max(0, Math.round((column - length) / 2)));
    // pPr children have a schema order Word enforces: w:ind comes before w:jc and w:rPr.
    const ind = child(pPr, 'ind') ?? (pPr.insertBefore(doc.createElementNS(W, 'w:ind'), child(pPr, 'jc') ?? child(pPr, 'rPr') ?? null) as Element);
    ind.setAttributeNS(W, 'w:left', side);
    ind.setAttributeNS(W, 'w:right', side);
  }
  return new XMLSerializer().serializeToString(doc);
}
