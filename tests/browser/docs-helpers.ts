import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import PizZip from 'pizzip';

/** An issuing office for the tests' settings: documents need an agency and a place name. */
export { DEMO_AGENCY as TEST_AGENCY } from '../../scripts/demo-pages';

/** The visible text of a downloaded .docx: its paragraphs, each the concatenation of its w:t runs. */
export function docxParagraphs(path: string): string[] {
  const zip = new PizZip(readFileSync(path));
  const xml = zip.file('word/document.xml')?.asText();
  if (xml === undefined) throw new Error(`${path} has no word/document.xml`);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const paragraphs = doc.getElementsByTagName('w:p');
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const runs = paragraphs.item(i)!.getElementsByTagName('w:t');
    let text = '';
    for (let j = 0; j < runs.length; j++) text += runs.item(j)!.textContent ?? '';
    out.push(text);
  }
  return out;
}
