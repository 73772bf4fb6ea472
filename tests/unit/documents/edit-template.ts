/** Builds broken or customised office templates from a default one by editing word/document.xml. */
import PizZip from 'pizzip';
import { readDefaultTemplate } from '../../../lib/documents/templates/defaults-node';
import type { TemplateKind } from '../../../lib/documents/templates/defaults';

export function editTemplate(kind: TemplateKind, edit: (xml: string) => string): Uint8Array {
  const zip = new PizZip(readDefaultTemplate(kind));
  const xml = zip.file('word/document.xml')!.asText();
  const changed = edit(xml);
  if (changed === xml) throw new Error('the edit changed nothing');
  zip.file('word/document.xml', changed);
  return zip.generate({ type: 'uint8array' });
}

/** Puts `text` in a new paragraph just before the closing table of the document. */
export const withParagraph = (text: string) => (xml: string) =>
  xml.replace('<w:body>', `<w:body><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`);
