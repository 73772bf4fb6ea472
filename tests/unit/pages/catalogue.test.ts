import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesMessages } from '../../../lib/i18n/pages';
import { FIELD_ORDER } from '../../../lib/settings/fields';

const ROOT = join(import.meta.dirname, '../../..');
const PAGE_SOURCES = ['entrypoints/popup', 'entrypoints/options', 'entrypoints/letter', 'entrypoints/supplement', 'entrypoints/records', 'entrypoints/welcome', 'components'];

// Parity, empty texts, placeholders and NFC of every catalogue: tests/unit/i18n/catalogues.test.ts.
describe('pages catalogue', () => {
  const vi = pagesMessages.vi as Record<string, string>;

  it('has a label and a help text for every settings field', () => {
    for (const field of FIELD_ORDER) {
      expect(vi[`label.${field}`], field).toBeDefined();
      expect(vi[`help.${field}`], field).toBeDefined();
    }
  });
});

/** Letters only Vietnamese uses among the page languages; any of them in code means an untranslated string. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u;

/** Code with comments removed, so English comments may still quote a Vietnamese term. */
function codeOnly(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function vietnameseLines(source: string): string[] {
  return codeOnly(source.normalize('NFC'))
    .split('\n')
    .filter((line) => VIETNAMESE.test(line.toLowerCase()));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('page components', () => {
  it('the scan finds Vietnamese in strings and JSX text, not in comments', () => {
    expect(vietnameseLines(`// Lưu ý\nconst a = 1; /* Đã lưu */`)).toEqual([]);
    expect(vietnameseLines(`const label = 'Đã lưu';`)).toHaveLength(1);
    expect(vietnameseLines(`return <p>Cài đặt</p>;`)).toHaveLength(1);
    expect(vietnameseLines(`return <p>CÀI ĐẶT</p>;`)).toHaveLength(1);
  });

  it('hold no Vietnamese text: every string comes from lib/i18n', () => {
    const files = PAGE_SOURCES.flatMap((dir) => sourceFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) => vietnameseLines(readFileSync(file, 'utf8')).map((line) => `${file}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
