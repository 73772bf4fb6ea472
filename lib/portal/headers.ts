/**
 * Header labels → fields. Multi-row headers are laid out on a grid (rowspan/colspan) so each column
 * gets its leaf label; numbering rows ("1 2 3…", "(1) (2)…") are skipped; labels are matched exactly
 * after folding (NFC, case, whitespace, trailing ':'), then without diacritics, then as "parent leaf",
 * then without a parenthesised remark, then split on '/' or line breaks into several stacked fields
 * ("Ngày gửi / Ngày tiếp nhận / Hạn xử lý").
 */
import { FIELDS, HEADER_SYNONYMS, type Field } from './vocabulary';
import { cellText, fold, foldLoose, lines, squash } from './text';
import { rowCells, span } from './grid';

export interface Column {
  /** 0-based column position after spans are laid out. */
  index: number;
  label: string;
  /** One field, or several stacked in order in one cell; empty when the label is unknown. */
  fields: Field[];
}

/** Extra header texts per field, from a site profile; they win over the built-in vocabulary. */
export type HeaderOverrides = Partial<Record<Field, string>>;

let exact: Map<string, Field> | undefined;
let relaxed: Map<string, Field> | undefined;

function vocabulary(): [Map<string, Field>, Map<string, Field>] {
  if (!exact || !relaxed) {
    exact = new Map();
    relaxed = new Map();
    for (const field of FIELDS) {
      for (const label of HEADER_SYNONYMS[field]) {
        exact.set(fold(label), field);
        relaxed.set(foldLoose(label), field);
      }
    }
  }
  return [exact, relaxed];
}

/** Sort arrows, required-field stars and similar decorations around a header label. */
function clean(label: string): string {
  return label
    .split('\n')
    .map((l) => squash(l.replace(/[↑↓▲▼⇅⬍△▽*]+/g, ' ')))
    .filter(Boolean)
    .join('\n');
}

function matchOne(label: string, overrides?: HeaderOverrides): Field | undefined {
  const key = fold(label);
  if (!key) return undefined;
  if (overrides) {
    for (const field of FIELDS) {
      const o = overrides[field];
      if (o !== undefined && (fold(o) === key || foldLoose(o) === foldLoose(label))) return field;
    }
  }
  const [ex, rel] = vocabulary();
  return ex.get(key) ?? rel.get(foldLoose(label));
}

/** The field(s) a label names; [] when unknown. */
export function matchLabel(label: string, parent?: string, overrides?: HeaderOverrides): Field[] {
  const text = clean(label);
  const one =
    matchOne(text, overrides) ??
    (parent ? matchOne(`${clean(parent)} ${text}`, overrides) : undefined) ??
    matchOne(text.replace(/\s*\([^)]*\)\s*/g, ' '), overrides);
  if (one) return [one];
  const parts = text.split(/\s*[\/\n|]\s*/).filter(Boolean);
  if (parts.length > 1) {
    const fields = parts.map((p) => matchOne(p, overrides));
    if (fields.every((f): f is Field => f !== undefined)) return fields;
  }
  return [];
}

const NUMBERING = /^\(?\d{1,2}\)?$/;

/** A row of column numbers under a register's header ("1 2 3 … 11" or "(1) (2) …"). */
export function isNumberingRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t !== '');
  return filled.length >= 2 && filled.every((t) => NUMBERING.test(t));
}

function headerLabel(cell: Element): string {
  const text = lines(cellText(cell)).join('\n');
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
    columns.push({ index, label: squash(label.replace(/\n/g, ' / ')), fields: label ? matchLabel(label, stack[stack.length - 2], overrides) : [] });
  }
  return columns;
}
