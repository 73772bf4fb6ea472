/**
 * Header labels → fields, by meaning. A label is normalised (NFC, case, diacritics, punctuation, icon
 * ligatures such as Material's `arrow_upward`, sort arrows, counters), then scored against every
 * field's cues (`vocabulary.MEANINGS`). Compound labels ("A, B, C", "A / B", line breaks) are split:
 * when every part names a different field, the column holds them stacked ("Ngày gửi / Ngày tiếp nhận /
 * Hạn xử lý"). Multi-row headers are laid out on a grid (rowspan/colspan) so each column gets its leaf
 * label, read with its parent when the leaf alone says too little; numbering rows are skipped.
 */
import { DATE_WORDS, FIELDS, MEANINGS, type Field } from './vocabulary';
import { cellText, fold, foldLoose, lines, squash } from './text';
import { HEADER_DECORATIONS } from './selectors';
import { memo } from './memo';
import { rowCells, span } from './grid';

/** A field and how strongly a label names it. */
export interface Candidate {
  field: Field;
  score: number;
}

export interface Column {
  /** 0-based column position after spans are laid out. */
  index: number;
  label: string;
  /** One field, or several stacked in order in one cell; empty when the label is unknown. */
  fields: Field[];
  /** The label's readings, best first (one column's content may later prefer the second). */
  candidates: Candidate[];
}

/** Extra header texts per field, from a site profile; they win over the built-in vocabulary. */
export type HeaderOverrides = Partial<Record<Field, string>>;

/** A label naming a field at least this strongly is taken; weaker readings only break ties with content. */
export const MIN_SCORE = 3;
/** A label naming a field this strongly stands on its own (a part of a compound, a detail label). */
export const SURE_SCORE = 5;
const DATE_FIELDS = new Set<Field>(['submittedAt', 'receivedAt', 'dueAt', 'finishedAt', 'returnedAt']);

/**
 * Diacritic-free lower-case words of a label: icon ligature names (`arrow_upward`, `unfold_more`),
 * sort arrows, counters "(12)" and punctuation become spaces.
 */
export function words(label: string): string {
  return ` ${foldLoose(label)
    .replace(/\b[a-z]+(?:_[a-z]+)+\b/g, ' ')
    .replace(/\(\s*\d+\s*\)/g, ' ')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim()} `;
}

let compiled: Array<{ field: Field; cues: Array<[string, number]>; vetoes: string[] }> | undefined;

function meanings(): NonNullable<typeof compiled> {
  compiled ??= FIELDS.map((field) => ({
    field,
    cues: MEANINGS[field].cues.map(([p, w]): [string, number] => [` ${p} `, w]),
    vetoes: (MEANINGS[field].vetoes ?? []).map((v) => ` ${v} `),
  }));
  return compiled;
}

const DATE_CUES = DATE_WORDS.map((w) => ` ${w} `);

/** Every field the label may name, best first (ties keep the vocabulary's field order). */
export const scoreLabel = memo(scoreWords);

function scoreWords(label: string): Candidate[] {
  const w = words(label);
  if (w.trim() === '#') return [{ field: 'ignored', score: 10 }];
  const dated = DATE_CUES.some((c) => w.includes(c));
  const out: Candidate[] = [];
  for (const m of meanings()) {
    if (m.vetoes.some((v) => w.includes(v))) continue;
    let best = 0;
    let extra = 0;
    let penalty = 0;
    for (const [phrase, weight] of m.cues) {
      if (!w.includes(phrase)) continue;
      if (weight < 0) penalty += weight;
      else if (weight > best) {
        if (best > 0) extra += 1;
        best = weight;
      } else extra += 1;
    }
    if (best === 0) continue;
    const score = best + Math.min(extra, 2) + penalty + (dated && DATE_FIELDS.has(m.field) ? 1 : 0);
    if (score >= MIN_SCORE) out.push({ field: m.field, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

function overridden(label: string, overrides: HeaderOverrides | undefined): Field | undefined {
  if (!overrides) return undefined;
  const key = fold(label);
  const lkey = foldLoose(label);
  for (const field of FIELDS) {
    const o = overrides[field];
    if (o !== undefined && (fold(o) === key || foldLoose(o) === lkey)) return field;
  }
  return undefined;
}

/** Sort arrows, required-field stars and similar decorations around a header label. */
function clean(label: string): string {
  return label
    .split('\n')
    .map((l) => squash(l.replace(/[↑↓▲▼⇅⬍△▽*]+/g, ' ')))
    .filter(Boolean)
    .join('\n');
}

const PARTS = /\s*(?:[\/\n|;,]|\.\s|\s-\s)\s*/;

/** How a label (and its parent header, for a leaf of a multi-row header) is read. */
export function classify(label: string, parent?: string, overrides?: HeaderOverrides): { fields: Field[]; candidates: Candidate[] } {
  const text = clean(label);
  const own = overridden(text, overrides);
  if (own) return { fields: [own], candidates: [{ field: own, score: 100 }] };
  const parts = text.split(PARTS).filter((p) => words(p).trim() !== '');
  if (parts.length > 1) {
    const each = parts.map((p) => overridden(p, overrides) ?? scoreLabel(p).find((c) => c.score >= SURE_SCORE)?.field);
    const distinct = new Set(each);
    if (each.every((f): f is Field => f !== undefined && f !== 'ignored') && distinct.size === each.length) {
      return { fields: each, candidates: [{ field: each[0]!, score: SURE_SCORE }] };
    }
    // "Tên cá nhân, tổ chức", "Địa chỉ, số điện thoại": the first part names the column.
    const first = scoreLabel(parts[0]!);
    if (first[0] && first[0].score >= SURE_SCORE) return { fields: [first[0].field], candidates: first };
  }
  let candidates = scoreLabel(text);
  if (parent && (candidates[0]?.score ?? 0) < SURE_SCORE) {
    const joined = scoreLabel(`${clean(parent)} ${text}`);
    if ((joined[0]?.score ?? 0) > (candidates[0]?.score ?? 0)) candidates = joined;
  }
  return { fields: candidates[0] ? [candidates[0].field] : [], candidates };
}

/** The field(s) a label names; [] when unknown. `min` raises the bar (detail labels among free text). */
export function matchLabel(label: string, parent?: string, overrides?: HeaderOverrides, min = MIN_SCORE): Field[] {
  const { fields, candidates } = classify(label, parent, overrides);
  return fields.length > 1 || (candidates[0]?.score ?? 0) >= min ? fields : [];
}

const NUMBERING = /^\(?\d{1,2}\)?$/;

/** A row of column numbers under a register's header ("1 2 3 … 11" or "(1) (2) …"). */
export function isNumberingRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  return filled.length >= 2 && filled.every((t) => NUMBERING.test(t));
}

function headerLabel(cell: Element): string {
  let source: Element = cell;
  if (cell.querySelector(HEADER_DECORATIONS)) {
    // A detached copy loses them; the page's own header is never touched.
    source = cell.cloneNode(true) as Element;
    for (const el of Array.from(source.querySelectorAll(HEADER_DECORATIONS))) el.remove();
  }
  const text = lines(cellText(source)).join('\n');
  return text || squash(cell.getAttribute('aria-label') ?? cell.getAttribute('title') ?? '');
}

/** Lays out the header rows and returns one column per leaf position. */
export function resolveHeader(headerRows: Element[], overrides?: HeaderOverrides): Column[] {
  const stacks: string[][] = [];
  const taken: boolean[][] = [];
  let r = 0;
  for (const row of headerRows) {
    const cells = rowCells(row);
    const labels = cells.map(headerLabel);
    if (isNumberingRow(labels.map(squash))) continue;
    let c = 0;
    cells.forEach((cell, i) => {
      while (taken[r]?.[c]) c++;
      const cs = span(cell, 'colspan', 100);
      const rs = span(cell, 'rowspan', 5);
      for (let dr = 0; dr < rs; dr++) {
        const line = (taken[r + dr] ??= []);
        for (let dc = 0; dc < cs; dc++) line[c + dc] = true;
      }
      for (let dc = 0; dc < cs; dc++) {
        const stack = (stacks[c + dc] ??= []);
        const label = labels[i]!;
        if (label && stack[stack.length - 1] !== label) stack.push(label);
      }
      c += cs;
    });
    r++;
  }
  const columns: Column[] = [];
  for (let index = 0; index < stacks.length; index++) {
    const stack = stacks[index] ?? [];
    const label = stack[stack.length - 1] ?? '';
    const read = label ? classify(label, stack[stack.length - 2], overrides) : { fields: [], candidates: [] };
    columns.push({ index, label: squash(label.replace(/\n/g, ' / ')), fields: read.fields, candidates: read.candidates });
  }
  return columns;
}
