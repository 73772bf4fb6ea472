import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { docxParagraphs, renderApologyLetter, sampleData } from '../../../lib/documents';
import { installNodeDefaultTemplates } from '../../../lib/documents/templates/defaults-node';

function docx(body: string): Uint8Array {
  const zip = new PizZip();
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`);
  return zip.generate({ type: 'uint8array' });
}

describe('docxParagraphs', () => {
  it('reads runs, breaks, tabs and entities, and leaves paragraph properties out', () => {
    const bytes = docx(
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>Lý do: A &amp; B &lt;C&gt; &#7897;</w:t></w:r></w:p>' +
        '<w:p/><w:p><w:r><w:t xml:space="preserve">Dòng 1</w:t><w:br/><w:t>Dòng 2</w:t><w:tab/><w:t>x</w:t></w:r></w:p>',
    );
    expect(docxParagraphs(bytes)).toEqual(['Lý do: A & B <C> ộ', '', 'Dòng 1\nDòng 2\tx']);
  });

  it('gives the rendered letter’s printed text, hostile characters as text', () => {
    installNodeDefaultTemplates();
    const data = { ...(sampleData('apology-letter') as object), reason: 'Thiếu <b>bản vẽ</b> & "sơ đồ"' };
    const text = docxParagraphs(renderApologyLetter(data as never));
    expect(text).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text).toContain('Lý do: Thiếu <b>bản vẽ</b> & "sơ đồ"');
  });
});
