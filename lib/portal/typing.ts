/**
 * Columns by content as well as by header: a sample of body rows says what each column really holds
 * (dates, dossier codes, status words, countdown labels, small counts), and that settles what the
 * header left open: a "Thời hạn" column of dates is the due date, one of "Còn 2 ngày" a countdown; a
 * "Số hồ sơ" column of counts is no code column; a list whose code header nobody recognises is still
 * read when one column's values are dossier codes; and an appointment is never before its receipt.
 */
import { scanDates, type DateOrder } from './dates';
import { SURE_SCORE, type Column } from './headers';
import { cellText } from './text';
import { findCode, normaliseStatus, remainingHint } from './values';
import type { Field } from './vocabulary';

export interface ColumnContent {
  filled: number;
  dates: number;
  codes: number;
  statuses: number;
  countdowns: number;
  counts: number;
  /** The first date of each sampled row (undefined when none), for relations between columns. */
  firstDates: Array<string | undefined>;
}

/** Rows sampled per list: enough to see a column's type, few enough to cost nothing on 2,000 rows. */
export const SAMPLE_ROWS = 12;
const DATE_FIELDS = new Set<Field>(['submittedAt', 'receivedAt', 'dueAt', 'finishedAt', 'returnedAt']);
/** Fields a list has once: the strongest column keeps them. */
const SINGLE = new Set<Field>(['code', 'info', 'dueAt', 'receivedAt', 'submittedAt', 'status', 'applicant', 'procedure', 'finishedAt', 'returnedAt']);

export function sampleContent(rows: Element[][], width: number, order: DateOrder): ColumnContent[] {
  const out: ColumnContent[] = [];
  for (let i = 0; i < width; i++) out.push({ filled: 0, dates: 0, codes: 0, statuses: 0, countdowns: 0, counts: 0, firstDates: [] });
  for (const cells of rows) {
    for (let i = 0; i < width; i++) {
      const c = out[i]!;
      const cell = cells[i];
      const text = cell ? cellText(cell) : '';
      const trimmed = text.trim();
      if (trimmed === '') {
        c.firstDates.push(undefined);
        continue;
      }
      c.filled++;
      const scan = scanDates(text, order);
      const date = scan.dates[0];
      c.firstDates.push(date?.value);
      // An impossible date ("31/02/2022") still says the column holds dates; the row reports it.
      if (date || scan.invalid.length > 0) c.dates++;
      if (findCode(text)) c.codes++;
      if (normaliseStatus(text) !== 'unknown') c.statuses++;
      if (remainingHint(text)) c.countdowns++;
      if (/^\d{1,4}$/.test(trimmed)) c.counts++;
    }
  }
  return out;
}

export interface Settled {
  columns: Column[];
  /** Columns whose two best readings were too close to choose between without a guess. */
  ambiguous: Array<{ header: string; fields: Field[] }>;
}

const most = (n: number, of: number): boolean => of > 0 && n * 2 > of;
const none = (n: number, of: number): boolean => of > 0 && n === 0;

/** Combines each column's header readings with its content; returns new column objects. */
export function settleColumns(columns: Column[], content: ColumnContent[]): Settled {
  const ambiguous: Settled['ambiguous'] = [];
  const out = columns.map((c) => ({ ...c, fields: [...c.fields], candidates: [...c.candidates] }));
  for (const c of out) {
    const k = content[c.index];
    if (!k || c.fields.length !== 1) continue;
    const field = c.fields[0]!;
    // A date field whose cells hold no date: a countdown, a duration ("15 ngày"), or a mislabel.
    if (DATE_FIELDS.has(field) && none(k.dates, k.filled)) {
      c.fields = field === 'dueAt' && most(k.countdowns, k.filled) ? ['remaining'] : [];
    } else if (field === 'remaining' && most(k.dates, k.filled) && !most(k.countdowns, k.filled)) {
      c.fields = ['dueAt'];
    } else if (field === 'code' && none(k.codes, k.filled) && most(k.counts, k.filled)) {
      c.fields = [];
    }
    const [a, b] = c.candidates;
    if (a && b && a.score >= SURE_SCORE && a.score - b.score <= 1 && b.field !== 'ignored' && c.fields[0] === a.field) {
      ambiguous.push({ header: c.label, fields: [a.field, b.field] });
    }
  }
  // No code header: the column whose values are dossier codes is the code (or composite) column.
  const hasCode = out.some((c) => c.fields.includes('code') || c.fields.includes('info'));
  if (!hasCode) {
    let best: Column | undefined;
    for (const c of out) {
      const k = content[c.index];
      if (k && most(k.codes, k.filled) && (!best || k.codes > content[best.index]!.codes)) best = c;
    }
    if (best) {
      const k = content[best.index]!;
      best.fields = most(k.dates, k.filled) || most(k.statuses, k.filled) ? ['info'] : ['code'];
      best.candidates = [{ field: best.fields[0]!, score: SURE_SCORE }];
    }
  }
  // One column per single field: the strongest header keeps it (the appointment over a step deadline).
  const strength = (c: Column): number => c.candidates[0]?.score ?? 0;
  for (const field of SINGLE) {
    const holders = out.filter((c) => c.fields.length === 1 && c.fields[0] === field);
    if (holders.length < 2) continue;
    const keep = holders.reduce((x, y) => (strength(y) > strength(x) ? y : x));
    for (const c of holders) if (c !== keep) c.fields = [];
  }
  // An appointment is not before the receipt: when most rows say so, the two headers were misread.
  const due = out.find((c) => c.fields.length === 1 && c.fields[0] === 'dueAt');
  const received = out.find((c) => c.fields.length === 1 && c.fields[0] === 'receivedAt');
  if (due && received) {
    const d = content[due.index]?.firstDates ?? [];
    const r = content[received.index]?.firstDates ?? [];
    let both = 0;
    let before = 0;
    d.forEach((v, i) => {
      const w = r[i];
      if (v && w) {
        both++;
        if (v.slice(0, 10) < w.slice(0, 10)) before++;
      }
    });
    if (both >= 2 && before === both) {
      due.fields = ['receivedAt'];
      received.fields = ['dueAt'];
      ambiguous.push({ header: `${due.label} / ${received.label}`, fields: ['dueAt', 'receivedAt'] });
    }
  }
  return { columns: out, ambiguous };
}
