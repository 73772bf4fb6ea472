/** Test helpers: open a rendered .docx and read its document.xml as paragraphs and properties. */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import PizZip from 'pizzip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function partXml(docx: Uint8Array, part: string): string {
  const file = new PizZip(docx).file(part);
  if (file === null) throw new Error(`no ${part} in the document`);
  return file.asText();
}

/** Parses strictly: any XML error fails the test. */
export function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

export function documentXml(docx: Uint8Array): Document {
  return parseXml(partXml(docx, 'word/document.xml'));
}

export const byTag = (node: Document | Element, name: string): Element[] =>
  Array.from(node.getElementsByTagNameNS(W, name));

export const attr = (element: Element | undefined, name: string): string | null => element?.getAttributeNS(W, name) ?? null;

/** The text of one paragraph: w:t text, w:tab as a tab, w:br as a newline. */
function paragraphText(paragraph: Element): string {
  let text = '';
  const walk = (node: Element) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.namespaceURI === W && element.localName === 't') text += element.textContent ?? '';
      else if (element.namespaceURI === W && element.localName === 'tab') text += '\t';
      else if (element.namespaceURI === W && element.localName === 'br') text += '\n';
      else walk(element);
    }
  };
  walk(paragraph);
  return text;
}

/** Every paragraph's text in document order (table cells included), empty ones left out. */
export function paragraphTexts(docx: Uint8Array): string[] {
  return byTag(documentXml(docx), 'p')
    .map(paragraphText)
    .filter((text) => text.trim() !== '');
}
