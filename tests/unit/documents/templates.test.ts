// @vitest-environment node
/**
 * The committed templates: reproducible from templates/src, tags whole inside single runs, and the
 * documented vocabulary matches what the data builders fill and what docs/templates.md explains.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDefaultTemplate } from '../../../lib/documents/templates/defaults-node';
import { tagsFor } from '../../../lib/documents/kinds';
import { sampleData } from '../../../lib/documents/templates/sample-data';
import { TEMPLATE_KINDS } from '../../../lib/documents/templates/defaults';
import { TEMPLATE_TAGS } from '../../../lib/documents/vocabulary';
import { buildTemplate } from '../../../templates/src/index';
import { byTag, documentXml } from './docx-xml';

describe.each(TEMPLATE_KINDS)('%s template', (kind) => {
  it('matches a fresh build byte for byte (run `npx tsx scripts/build-templates.ts` after a change)', () => {
    expect(Buffer.from(buildTemplate(kind)).equals(Buffer.from(readDefaultTemplate(kind)))).toBe(true);
  });

  it('keeps every tag whole inside one run', () => {
    for (const t of byTag(documentXml(readDefaultTemplate(kind)), 't')) {
      const text = t.textContent ?? '';
      expect(text.split('{').length, text).toBe(text.split('}').length);
      expect(text, text).toMatch(/^[^{}]*(\{[^{}]+\}[^{}]*)*$/);
    }
  });

  it('uses only tags from its vocabulary, and the builder fills exactly that vocabulary', () => {
    const { tags, loops } = TEMPLATE_TAGS[kind];
    const values = tagsFor(kind, sampleData(kind)) as Record<string, unknown>;
    expect(Object.keys(values).sort()).toEqual([...tags, ...Object.keys(loops)].sort());
    for (const [loop, fields] of Object.entries(loops)) {
      const rows = values[loop] as Record<string, unknown>[];
      expect(rows.length, loop).toBeGreaterThan(0);
      for (const row of rows) expect(Object.keys(row).sort()).toEqual([...fields].sort());
    }
  });
});

describe('docs/templates.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../../docs/templates.md'), 'utf8');

  it.each(TEMPLATE_KINDS)('documents every tag and loop of %s', (kind) => {
    const { tags, loops } = TEMPLATE_TAGS[kind];
    for (const tag of tags) expect(doc, tag).toContain(`{${tag}}`);
    for (const [loop, fields] of Object.entries(loops)) {
      expect(doc, loop).toContain(`{#${loop}}`);
      for (const field of fields) expect(doc, `${loop}.${field}`).toContain(`{${field}}`);
    }
    expect(doc).toContain(`${kind}.docx`);
  });
});
