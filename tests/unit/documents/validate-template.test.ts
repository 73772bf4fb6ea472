// @vitest-environment node
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { readDefaultTemplate } from '../../../lib/documents/templates/defaults-node';
import { DocsError } from '../../../lib/documents/errors';
import { TEMPLATE_KINDS } from '../../../lib/documents/templates/defaults';
import { renderApologyLetter } from '../../../lib/documents/apology-letter';
import { sampleData } from '../../../lib/documents/templates/sample-data';
import { validateTemplate } from '../../../lib/documents/validate-template';
import { paragraphTexts } from './docx-xml';
import { editTemplate, withParagraph } from './edit-template';

function problemsOf(result: ReturnType<typeof validateTemplate>) {
  if (result.ok) throw new Error('expected the template to be rejected');
  return result.problems;
}

describe('validateTemplate', () => {
  it.each(TEMPLATE_KINDS)('accepts the default %s template', (kind) => {
    expect(validateTemplate(kind, readDefaultTemplate(kind))).toEqual({ ok: true });
  });

  it('accepts an ArrayBuffer as fetch() gives it', () => {
    const bytes = readDefaultTemplate('explanation');
    const buffer = bytes.slice().buffer;
    expect(validateTemplate('explanation', buffer)).toEqual({ ok: true });
  });

  it("accepts an office's own wording, conditions on scalar tags and inverted sections", () => {
    const custom = editTemplate(
      'apology-letter',
      withParagraph('{#phone}Điện thoại: {phone}{/phone}{^phone}Không có số điện thoại{/phone} Mã: {dossierCode}'),
    );
    expect(validateTemplate('apology-letter', custom)).toEqual({ ok: true });
  });

  it('rejects bytes that are not a zip', () => {
    const result = validateTemplate('apology-letter', new TextEncoder().encode('Đây không phải tệp Word'));
    expect(problemsOf(result).map((p) => p.code)).toEqual(['not-a-zip']);
  });

  it('rejects a zip without word/document.xml', () => {
    const zip = new PizZip();
    zip.file('hello.txt', 'xin chào');
    const problems = problemsOf(validateTemplate('apology-letter', zip.generate({ type: 'uint8array' })));
    expect(problems.map((p) => p.code)).toEqual(['no-document-xml']);
    expect(problems[0]!.message.vi).toContain('word/document.xml');
    expect(problems[0]!.message.en).toContain('word/document.xml');
  });

  it('names an unclosed tag and where it is', () => {
    const broken = editTemplate('apology-letter', (xml) => xml.replace('Mã hồ sơ: {dossierCode}.', 'Mã hồ sơ: {dossierCode.'));
    const problems = problemsOf(validateTemplate('apology-letter', broken));
    expect(problems[0]!.code).toBe('unclosed-tag');
    // docxtemplater reads an unclosed tag up to the next space, so the name runs into the next word.
    expect(problems[0]!.tag).toMatch(/^dossierCode\./);
    expect(problems[0]!.where).toContain('word/document.xml');
    expect(problems[0]!.message.vi).toMatch(/^Thẻ "dossierCode\.[^"]*" mở bằng "\{" nhưng chưa đóng/);
    expect(problems[0]!.message.en).toMatch(/^The tag "dossierCode\.[^"]*" is opened/);
  });

  it('reports every syntax error at once (docxtemplater MultiError)', () => {
    const broken = editTemplate('apology-letter', (xml) =>
      xml.replace('{dossierCode}', '{dossierCode').replace('Lý do: {reason}', 'Lý do: reason}'),
    );
    const codes = problemsOf(validateTemplate('apology-letter', broken)).map((p) => p.code);
    expect(codes).toContain('unclosed-tag');
    expect(codes).toContain('unopened-tag');
  });

  it('rejects a loop that is never closed', () => {
    const broken = editTemplate('supplement-request', (xml) => xml.replace('{/missing}', ''));
    expect(problemsOf(validateTemplate('supplement-request', broken))[0]).toMatchObject({ code: 'unclosed-loop', tag: 'missing' });
  });

  it('rejects a loop closed by another name', () => {
    const broken = editTemplate('supplement-request', (xml) => xml.replace('{/missing}', '{/recipients}'));
    const codes = problemsOf(validateTemplate('supplement-request', broken)).map((p) => p.code);
    expect(codes[0]).toMatch(/mismatched-loop|unopened-loop|unclosed-loop/);
  });

  it('rejects unknown loops and tags, naming them', () => {
    const broken = editTemplate('apology-letter', withParagraph('{#nguoiKy}{hoTen}{/nguoiKy} {soHoSo}'));
    const problems = problemsOf(validateTemplate('apology-letter', broken));
    expect(problems.map((p) => [p.code, p.tag])).toEqual([
      ['unknown-loop', 'nguoiKy'],
      ['unknown-tag', 'soHoSo'],
    ]);
    expect(problems[1]!.message.vi).toContain('"soHoSo"');
  });

  it('rejects a loop field used outside its loop', () => {
    const broken = editTemplate('monthly-report', withParagraph('{daysLate}'));
    expect(problemsOf(validateTemplate('monthly-report', broken)).map((p) => [p.code, p.tag])).toEqual([
      ['unknown-tag', 'daysLate'],
    ]);
  });

  it("rejects another kind's tags", () => {
    const report = readDefaultTemplate('monthly-report');
    const tags = problemsOf(validateTemplate('apology-letter', report)).map((p) => p.tag);
    expect(tags).toContain('periodLabel');
    expect(tags).toContain('returned');
  });

  it('rejects raw XML tags, which could inject markup', () => {
    const broken = editTemplate('explanation', (xml) =>
      xml.replace(/<w:p><w:pPr>(?:(?!<w:p>).)*?\{remedy\}(?:(?!<w:p>).)*?<\/w:p>/, '<w:p><w:r><w:t>{@remedy}</w:t></w:r></w:p>'),
    );
    expect(problemsOf(validateTemplate('explanation', broken))[0]).toMatchObject({ code: 'unsupported-tag', tag: 'remedy' });
  });

  it('rendering with an unknown loop (an unvalidated template) still gives a well-formed document', () => {
    const odd = editTemplate('apology-letter', withParagraph('{#nguoiKy}Không in{/nguoiKy}Vẫn in'));
    const text = paragraphTexts(renderApologyLetter(sampleData('apology-letter'), odd));
    expect(text[0]).toBe('Vẫn in');
    expect(text.join('\n')).not.toContain('Không in');
  });

  it('rendering with a broken template throws a typed DocsError, never a corrupt file', () => {
    const broken = editTemplate('apology-letter', (xml) => xml.replace('{dossierCode}', '{dossierCode'));
    let error: unknown;
    try {
      renderApologyLetter(sampleData('apology-letter'), broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DocsError);
    expect((error as DocsError).code).toBe('unclosed-tag');
    expect((error as DocsError).message).toContain(' / The tag');
  });
});
