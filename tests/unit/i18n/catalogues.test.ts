import { calendarMessages } from '../../../lib/i18n/calendar';
import { deadlineMessages } from '../../../lib/i18n/deadline';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../lib/i18n/format';
import { backgroundMessages } from '../../../lib/i18n/background';
import { documentPagesMessages } from '../../../lib/i18n/document-pages';
import { documentsMessages } from '../../../lib/i18n/documents';
import { letterMessages } from '../../../lib/i18n/letter';
import { optionsMessages } from '../../../lib/i18n/options';
import { overlayMessages } from '../../../lib/i18n/overlay';
import { pagesMessages } from '../../../lib/i18n/pages';
import { popupMessages } from '../../../lib/i18n/popup';
import { readingMessages } from '../../../lib/i18n/reading';
import { recordsMessages } from '../../../lib/i18n/records';
import { standingWords } from '../../../lib/i18n/standings';
import { supplementMessages } from '../../../lib/i18n/supplement';
import { welcomeMessages } from '../../../lib/i18n/welcome';
import { HOLIDAY_NAMES } from '../../../lib/calendar/holidays';
import { CALENDAR_MESSAGES } from '../../../lib/calendar/errors';
import { DOCS_MESSAGES } from '../../../lib/documents/errors';
import { HISTORY_MESSAGES } from '../../../lib/history/messages';
import { TEMPLATE_SAFETY_MESSAGES } from '../../../lib/documents/templates/safety';
import { MESSAGES as DIAGNOSTIC_MESSAGES } from '../../../lib/portal/diagnostics';

/**
 * The one rule for text catalogues: a file per surface (lib/i18n/<surface>.ts) or per room's errors,
 * keys typed (`Catalog<Key>`), and, checked here for every one of them, Vietnamese and English with
 * the same keys, no empty text, the same {placeholders}, Vietnamese in NFC.
 */
const CATALOGUES: Record<string, Catalog<string>> = {
  'lib/i18n/background.ts': backgroundMessages,
  'lib/i18n/calendar.ts': calendarMessages,
  'lib/i18n/deadline.ts': deadlineMessages,
  'lib/i18n/document-pages.ts': documentPagesMessages,
  'lib/i18n/letter.ts': letterMessages,
  'lib/i18n/options.ts': optionsMessages,
  'lib/i18n/overlay.ts': overlayMessages,
  'lib/i18n/popup.ts': popupMessages,
  'lib/i18n/reading.ts': readingMessages,
  'lib/i18n/records.ts': recordsMessages,
  'lib/i18n/standings.ts': standingWords,
  'lib/i18n/supplement.ts': supplementMessages,
  'lib/i18n/welcome.ts': welcomeMessages,
  'lib/calendar/holidays.ts': HOLIDAY_NAMES,
  'lib/calendar/errors.ts': CALENDAR_MESSAGES,
  'lib/documents/errors.ts': DOCS_MESSAGES,
  'lib/history/messages.ts': HISTORY_MESSAGES,
  'lib/documents/templates/safety.ts': TEMPLATE_SAFETY_MESSAGES,
  'lib/portal/diagnostics.ts': DIAGNOSTIC_MESSAGES,
};

const ROOT = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/**
 * Braces that are not placeholders: the template errors show docxtemplater's own syntax ("{name}",
 * "{tên}" in Vietnamese), which `format` leaves as written because no parameter has that name.
 */
const LITERAL_BRACES: Record<string, readonly string[]> = { 'lib/documents/errors.ts': ['name'] };

describe('text catalogues', () => {
  it('are all listed here: every file that declares a Catalog<…> table', () => {
    const declaring = sourceFiles(join(ROOT, 'lib'))
      .filter((file) => /export const \w+: Catalog<\w+> = \{/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file))
      .sort();
    expect(declaring).toEqual(Object.keys(CATALOGUES).sort());
  });

  describe.each(Object.entries(CATALOGUES))('%s', (file, catalogue) => {
    const vi = catalogue.vi;
    const en = catalogue.en;

    it('has the same keys in Vietnamese and English', () => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    });

    it('has no empty text', () => {
      for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
    });

    it('uses the same placeholders in both languages', () => {
      const literal = LITERAL_BRACES[file] ?? [];
      const params = (text: string) => placeholders(text).filter((name) => !literal.includes(name));
      for (const key of Object.keys(vi)) expect(params(en[key] ?? ''), key).toEqual(params(vi[key]!));
    });

    it('writes Vietnamese in NFC', () => {
      for (const [key, text] of Object.entries(vi)) expect(text, key).toBe(text.normalize('NFC'));
    });
  });

  it.each([
    ['pages', pagesMessages, [popupMessages, optionsMessages, readingMessages, welcomeMessages]],
    ['documents', documentsMessages, [documentPagesMessages, letterMessages, supplementMessages, recordsMessages]],
  ] as const)('%s joins surface files whose keys never overlap', (_name, joined, parts) => {
    const keys = parts.flatMap((part) => Object.keys(part.vi));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(joined.vi).sort()).toEqual([...keys].sort());
  });
});
