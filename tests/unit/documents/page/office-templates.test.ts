import { beforeAll, describe, expect, it } from 'vitest';
import { installNodeDefaultTemplates, readDefaultTemplate } from '../../../../lib/documents/templates/defaults-node';
import {
  acceptUpload,
  base64ToBytes,
  bytesToBase64,
  officeTemplateBytes,
  parseOfficeTemplates,
  sha256Hex,
  templateIdentity,
  withoutTemplate,
  type OfficeTemplates,
} from '../../../../lib/documents/templates';

const AT = '2022-05-20T08:00';

describe('office templates', () => {
  beforeAll(() => installNodeDefaultTemplates());

  it('hashes with SHA-256 and round-trips bytes through base64', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('stores a template that validates, under its kind', async () => {
    const bytes = readDefaultTemplate('apology-letter');
    const sha256 = await sha256Hex(bytes);
    const outcome = acceptUpload({}, 'apology-letter', { name: 'mau-04.docx', bytes, sha256, uploadedAt: AT });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const entry = outcome.templates['apology-letter']!;
    expect(entry).toMatchObject({ name: 'mau-04.docx', sha256, uploadedAt: AT });
    expect(officeTemplateBytes(entry)).toEqual(bytes);
    expect(templateIdentity('apology-letter', entry, '0.1.0')).toBe(sha256);
  });

  it('never lets a broken or wrong-kind template replace a working one', async () => {
    const good = readDefaultTemplate('monthly-report');
    const held = acceptUpload({}, 'monthly-report', { name: 'good.docx', bytes: good, sha256: await sha256Hex(good), uploadedAt: AT });
    if (!held.ok) throw new Error('the default template should validate');

    const notZip = new TextEncoder().encode('not a docx');
    const broken = acceptUpload(held.templates, 'monthly-report', { name: 'bad.docx', bytes: notZip, sha256: await sha256Hex(notZip), uploadedAt: AT });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.code).toBe('not-a-zip');

    // The apology letter's tags are not the report's: validation names them and the report keeps its file.
    const letter = readDefaultTemplate('apology-letter');
    const wrongKind = acceptUpload(held.templates, 'monthly-report', { name: 'letter.docx', bytes: letter, sha256: await sha256Hex(letter), uploadedAt: AT });
    expect(wrongKind.ok).toBe(false);
    if (!wrongKind.ok) expect(wrongKind.problems.some((p) => p.code === 'unknown-tag' && p.tag !== undefined)).toBe(true);
    expect(held.templates['monthly-report']?.name).toBe('good.docx');
  });

  it('asks the validator before storing anything', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const refused = acceptUpload({}, 'explanation', { name: 'x.docx', bytes, sha256: 'a'.repeat(64), uploadedAt: AT }, () => ({
      ok: false,
      problems: [],
    }));
    expect(refused).toEqual({ ok: false, problems: [] });
    const accepted = acceptUpload({}, 'explanation', { name: 'x.docx', bytes, sha256: 'a'.repeat(64), uploadedAt: AT }, () => ({ ok: true }));
    expect(accepted.ok && Object.keys(accepted.templates)).toEqual(['explanation']);
  });

  it('reads only well-formed entries back from storage, and removes one kind', () => {
    const entry = { name: 'a.docx', sha256: 'b'.repeat(64), base64: 'AAEC', uploadedAt: AT };
    const raw = { explanation: entry, 'monthly-report': { ...entry, sha256: 'nothex' }, unknown: entry };
    const parsed: OfficeTemplates = parseOfficeTemplates(raw);
    expect(parsed).toEqual({ explanation: entry });
    expect(parseOfficeTemplates('garbage')).toEqual({});
    expect(withoutTemplate(parsed, 'explanation')).toEqual({});
    expect(templateIdentity('explanation', undefined, '0.1.0')).toBe('default:explanation@0.1.0');
  });
});
