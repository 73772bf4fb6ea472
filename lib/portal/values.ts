/**
 * Small readers for one value each: dossier codes (docs/portal-reference.md §2.7), phones, e-mails, applicant
 * names, statuses (§2.4) and countdown labels. Each takes text and returns a value or undefined.
 */
import type { DossierStatus, RemainingHint } from '../dossier/schema';
import { REMAINING_PATTERNS, STATUS_TEXTS, WORKING_DAYS } from './vocabulary';
import { memo } from './memo';
import { loose, squash } from './text';

/**
 * `<agency>-<YYMMDD>-<sequence>` where the agency is the 4-level `000.00.57.H21` or the short
 * province-first `H21.57.14`, `H56.14`, `H21.57.53.1`. Tolerant: 1–3 digit groups, 4–6 digit sequence.
 */
const CODE = /(?<![\w.])(?:\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}|[A-Z]\d{2}(?:\.\d{1,3}){0,5})-\d{6}-\d{4,6}(?![\w])/;

export function findCode(text: string): string | undefined {
  return CODE.exec(text)?.[0];
}

const CODES = new RegExp(CODE.source, 'g');

/**
 * Every distinct code in `text`, in order: a row may print the local code and the national one.
 * An `exec` loop on the shared regex: `matchAll` clones the regex and this runs on every row's code
 * cell (in Chromium, 1.2 ms against 0.16 ms over 2,000 cells).
 */
export function findCodes(text: string): string[] {
  const out: string[] = [];
  CODES.lastIndex = 0;
  for (let m = CODES.exec(text); m !== null; m = CODES.exec(text)) if (!out.includes(m[0])) out.push(m[0]);
  return out;
}

/**
 * A receipt number of an older system ("Số biên nhận") that is not in the national form: a short
 * token with a digit, taken only from a column that the header says holds the code.
 */
export function looseCode(text: string): string | undefined {
  const s = squash(text);
  return s.length >= 3 && s.length <= 60 && /\d/.test(s) && !/\s{2}/.test(s) ? s : undefined;
}

const PHONE = /(?<![\d+])(?:\+84|0084|0)(?:[\s.-]?\d){8,10}(?!\d)/;

/** A Vietnamese phone number as the page shows it, reduced to digits with a leading '+' kept. */
export function findPhone(text: string): { phone: string; match: string } | undefined {
  const m = PHONE.exec(text);
  if (!m) return undefined;
  return { phone: (m[0].startsWith('+') ? '+' : '') + m[0].replace(/\D/g, ''), match: m[0] };
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

export function findEmail(text: string): string | undefined {
  const m = EMAIL.exec(text)?.[0];
  return m && m.length <= 200 ? m : undefined;
}

/** "Trần Thị Mẫu (064000000002)" → "Trần Thị Mẫu": the ID number in parentheses is dropped. */
export function applicantName(text: string): string {
  return squash(text.replace(/\(\s*(?:[^()\d]*:?\s*)?\d{9,12}\s*\)/g, ''));
}

/** Status text → the small status set; `unknown` when no known wording is found. */
export const normaliseStatus = memo((text: string): DossierStatus => {
  const t = squash(loose(text).toLowerCase());
  for (const [needle, status] of STATUS_TEXTS) if (t.includes(needle)) return status;
  return 'unknown';
});

/** "Còn 2 ngày", "Hôm nay", "(Đã quá hạn 3 ngày)", "Trong sáng nay" → a hint; other text → undefined. */
export const remainingHint = memo(readHint);

function readHint(text: string): RemainingHint | undefined {
  const t = loose(text).toLowerCase();
  for (const [pattern, kind] of REMAINING_PATTERNS) {
    const m = pattern.exec(t);
    if (!m) continue;
    const start = m.index;
    const original = squash(text.slice(start, start + m[0].length));
    const days = m[1] === undefined ? undefined : Number(m[1]);
    if (days !== undefined && !(Number.isSafeInteger(days) && days >= 0)) continue;
    const hint: RemainingHint = days === undefined ? { kind, text: original } : { kind, days, text: original };
    // "Còn 2 ngày làm việc": the unit may follow the matched words.
    if (WORKING_DAYS.test(t.slice(start, start + m[0].length + 12))) hint.unit = 'working';
    return hint;
  }
  return undefined;
}
