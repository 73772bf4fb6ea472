import PizZip from 'pizzip';

/**
 * The text of a .docx as its paragraphs, read from word/document.xml: what a reader of the printed
 * page sees, in order (table cells included). The letter form previews this, so the preview is the
 * rendered document itself, whichever template the office uses.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? '';
    return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
  });
}

export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = new PizZip(bytes).file('word/document.xml')?.asText() ?? '';
  const paragraphs: string[] = [];
  // `<w:p\b` is not `<w:pPr`: there is no word boundary between p and P.
  for (const [body] of xml.matchAll(/<w:p\b[^>]*\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)) {
    let text = '';
    for (const piece of body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(br|cr)\b[^>]*\/>|<w:tab\/>/g)) {
      if (piece[1] !== undefined) text += unescapeXml(piece[1]);
      else if (piece[2] !== undefined) text += '\n';
      else text += '\t';
    }
    paragraphs.push(text);
  }
  return paragraphs;
}
