/**
 * Cell text → dossier fields. Every write is "first value wins", so the caller decides priority by
 * the order it reads columns (dedicated columns before composite ones).
 */
import type { Dossier } from '../dossier/schema';
import { dateWindow } from '../time/window';
import { END_OF_DAY, START_OF_DAY, scanDates, withDayTime, type DateOrder } from './dates';
import { diagnostic, type Diagnostic } from './diagnostics';
import { clip, findDescendant, lines, loose, squash, tagOf } from './text';
import { linksAgainst } from './links';
import { applicantName, findCode, findCodes, findEmail, findPhone, looseCode, normaliseStatus, remainingHint } from './values';
import { FIELD_LABELS, INLINE_LABELS, type Field } from './vocabulary';

/** A record being assembled from one row or one detail view. */
export type Draft = { -readonly [K in keyof Dossier]?: Dossier[K] };

export interface CellContext {
  draft: Draft;
  problems: Diagnostic[];
  order: DateOrder;
  row?: number;
  /** Base URL for relative links, read once per list (`baseURI` looks up `<base>` on every call). */
  base?: string;
  /** A date of the row lies outside the shared date window: the row is unreadable, never judged without it. */
  outside?: Diagnostic;
}

type DateField = 'submittedAt' | 'receivedAt' | 'dueAt' | 'finishedAt' | 'returnedAt';
const DATE_FIELDS = new Set<Field>(['submittedAt', 'receivedAt', 'dueAt', 'finishedAt', 'returnedAt']);
const TEXT_FIELDS = new Set<Field>(['summary', 'agency', 'receivingAgency', 'reason']);

function put<K extends keyof Draft>(draft: Draft, key: K, value: Draft[K] | undefined): void {
  if (value !== undefined && value !== '' && draft[key] === undefined) draft[key] = value;
}

/** Attributes that carry a tooltip's text on the element it belongs to. */
const TOOLTIP_ATTRIBUTES = ['title', 'aria-label', 'data-original-title', 'data-bs-original-title', 'data-tooltip', 'mattooltip', 'ng-reflect-message'];
const hasTooltip = (e: Element): boolean => TOOLTIP_ATTRIBUTES.some((a) => e.hasAttribute(a)) || e.hasAttribute('aria-describedby');

/**
 * The text a cell shows only on hover: its tooltip attributes and the elements its `aria-describedby`
 * names (Angular CDK keeps a tooltip's message in a hidden container, `cdk-describedby-message-*`).
 */
export function tooltipText(cell: Element): string {
  const parts: string[] = [];
  const doc = cell.ownerDocument;
  const visit = (el: Element): void => {
    for (const a of TOOLTIP_ATTRIBUTES) {
      const v = el.getAttribute(a);
      if (v) parts.push(v);
    }
    for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/)) {
      const target = id ? doc?.getElementById(id) : null;
      if (target) parts.push(target.textContent ?? '');
    }
  };
  if (hasTooltip(cell)) visit(cell);
  for (const el of Array.from(cell.querySelectorAll('*'))) if (hasTooltip(el)) visit(el);
  return parts.join('\n');
}

/**
 * A date cell holding a year outside the shared window (lib/time/window.ts; issue 16 item 2: a row
 * dated 2200 once stopped the overlay): the row becomes unreadable with this reason, rather than being
 * judged as if the page had printed no date.
 */
function markOutside(ctx: CellContext, text: string, label: string): void {
  if (ctx.outside) return;
  const { firstYear, lastYear } = dateWindow();
  ctx.outside = diagnostic('date-outside-window', 'warning', { text: clip(text, 80), label, from: firstYear, to: lastYear }, ctx.row);
  ctx.problems.push(ctx.outside);
}

function putDate(ctx: CellContext, field: DateField, text: string, label: string, cell?: Element): boolean {
  let scan = scanDates(text, ctx.order);
  // A due date shown only as a countdown chip, with the date in its tooltip.
  if (cell && scan.dates.length === 0 && scan.invalid.length === 0) {
    const hidden = tooltipText(cell);
    if (hidden) scan = scanDates(hidden, ctx.order);
  }
  const { dates, invalid, outside } = scan;
  const date = dates[0];
  if (!date) {
    if (outside[0]) markOutside(ctx, outside[0], label);
    else if (invalid[0]) ctx.problems.push(diagnostic('value-unparseable', 'warning', { text: clip(invalid[0], 80), label }, ctx.row));
    return false;
  }
  if (ctx.draft[field] !== undefined) return true;
  const late = field === 'dueAt' || field === 'finishedAt' || field === 'returnedAt';
  ctx.draft[field] = withDayTime(date, late ? END_OF_DAY : START_OF_DAY);
  if (field === 'dueAt') ctx.draft.dueDateOnly = date.dateOnly;
  // Flagged so the deadline rules can move a date-only finish to the office's own end of day.
  if (date.dateOnly && field === 'finishedAt') ctx.draft.finishedDateOnly = true;
  if (date.dateOnly && field === 'returnedAt') ctx.draft.returnedDateOnly = true;
  return true;
}

/** The dossier's own list of other codes is capped by the schema. */
export const MAX_OTHER_CODES = 10;

/**
 * Codes printed where the dossier's code belongs (its column, a composite cell, the detail's code
 * field): the first read is the code, every different one is another code of the same dossier
 * (a national code beside the local one). This is the only evidence on which the history links two
 * codes; codes that merely share a suffix on different rows are never linked.
 */
function putCodes(ctx: CellContext, codes: readonly string[]): void {
  for (const code of codes) {
    if (ctx.draft.code === undefined) ctx.draft.code = code;
    else if (code !== ctx.draft.code && !(ctx.draft.otherCodes ?? []).includes(code) && (ctx.draft.otherCodes?.length ?? 0) < MAX_OTHER_CODES) {
      ctx.draft.otherCodes = [...(ctx.draft.otherCodes ?? []), code];
    }
  }
}

const isLink = (e: Element): boolean => tagOf(e) === 'A' && e.hasAttribute('href');
const hasTitle = (e: Element): boolean => e.hasAttribute('title');

function absoluteLink(cell: Element, base: string | undefined): string | undefined {
  const a = isLink(cell) ? cell : findDescendant(cell, isLink);
  const href = a?.getAttribute('href');
  if (!href || /^\s*(?:javascript|data):/i.test(href) || href.startsWith('#')) return undefined;
  const url = linksAgainst(base ?? a!.baseURI)(href);
  return url !== undefined && url.length <= 2000 ? url : undefined;
}

function readApplicant(ctx: CellContext, text: string): void {
  const [first, ...rest] = lines(text);
  if (!first) return;
  put(ctx.draft, 'applicant', clip(applicantName(first)));
  for (const line of rest) {
    const phone = findPhone(line);
    const email = findEmail(line);
    if (email) put(ctx.draft, 'email', email);
    else if (phone && line.replace(phone.match, '').replace(/[\s:]|điện thoại|sđt/gi, '') === '') put(ctx.draft, 'phone', phone.phone);
    else if (line.length > 3) put(ctx.draft, 'address', clip(line));
  }
}

function readAddress(ctx: CellContext, text: string): void {
  const joined = lines(text).join(', ');
  const phone = findPhone(joined);
  if (phone) put(ctx.draft, 'phone', phone.phone);
  const address = squash((phone ? joined.replace(phone.match, '') : joined).replace(/[\s;,.-]+$/, ''));
  put(ctx.draft, 'address', clip(address));
}

function readStatus(ctx: CellContext, text: string, label: string): void {
  const [first] = lines(text);
  if (!first) return;
  const status = normaliseStatus(text);
  put(ctx.draft, 'statusText', clip(first, 500));
  put(ctx.draft, 'status', status);
  // "Đã trả kết quả<br/>Ngày trả <b>11/05/2022</b>": the date belongs to the status.
  if (status === 'returned') putDate(ctx, 'returnedAt', text, label);
  else if (status === 'finished') putDate(ctx, 'finishedAt', text, label);
}

let inlineLabels: RegExp | undefined;
const INLINE_FIELD = new Map(INLINE_LABELS);

/**
 * A composite cell ("Thông tin hồ sơ"): the code anywhere, labelled parts ("hẹn trả: …", "Trạng thái
 * hồ sơ : …"), and the first unlabelled "- …" line as the procedure (or the summary when a column
 * already gave the procedure).
 */
function readComposite(ctx: CellContext, text: string): void {
  putCodes(ctx, findCodes(text));
  inlineLabels ??= new RegExp(`(?<![a-z])(${INLINE_LABELS.map(([l]) => l.replace(/ /g, '\\s+')).join('|')})\\s*:`, 'gi');
  const plain = loose(text);
  const found = Array.from(plain.matchAll(inlineLabels));
  found.forEach((m, i) => {
    const field = INLINE_FIELD.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
    const end = found[i + 1]?.index ?? text.length;
    const value = text.slice(m.index + m[0].length, end).replace(/^[\s,;]+|[\s,;-]+$/g, '');
    if (field && value) readValue(ctx, field, value, FIELD_LABELS[field]);
  });
  const firstLabel = found[0]?.index ?? text.length;
  const unlabelled = lines(text.slice(0, firstLabel)).filter((l) => !findCode(l));
  const free = unlabelled.map((l) => squash(l.replace(/^[-–•+]\s*/, ''))).find((l) => l.length > 2);
  if (free) put(ctx.draft, ctx.draft.procedure === undefined ? 'procedure' : 'summary', clip(free));
  put(ctx.draft, 'remainingHint', remainingHint(text));
}

/** Reads `text` (a cell's text, line breaks kept) as `field`. `cell` gives links and attributes. */
export function readValue(ctx: CellContext, field: Field, text: string, label: string, cell?: Element): void {
  if (DATE_FIELDS.has(field)) {
    putDate(ctx, field as DateField, text, label, cell);
    if (field === 'dueAt') put(ctx.draft, 'remainingHint', remainingHint(text));
    return;
  }
  if (TEXT_FIELDS.has(field)) {
    put(ctx.draft, field as 'summary', clip(squash(text)));
    return;
  }
  switch (field) {
    case 'code': {
      const codes = findCodes(text);
      // An older system's receipt number is taken as the code only, never as evidence of another code.
      if (codes.length > 0) putCodes(ctx, codes);
      else put(ctx.draft, 'code', looseCode(lines(text)[0] ?? ''));
      if (cell) put(ctx.draft, 'detailUrl', absoluteLink(cell, ctx.base));
      return;
    }
    case 'procedure': {
      const shown = squash(text);
      const titled = cell && (hasTitle(cell) ? cell : findDescendant(cell, hasTitle));
      const title = squash(titled?.getAttribute('title') ?? '');
      put(ctx.draft, 'procedure', clip(title.length > shown.length ? title : shown));
      return;
    }
    case 'applicant':
      return readApplicant(ctx, text);
    case 'address':
      return readAddress(ctx, text);
    case 'phone':
      put(ctx.draft, 'phone', findPhone(text)?.phone);
      return;
    case 'email':
      put(ctx.draft, 'email', findEmail(text));
      return;
    case 'status':
      return readStatus(ctx, text, label);
    case 'info':
      return readComposite(ctx, text);
    case 'remaining':
      put(ctx.draft, 'remainingHint', remainingHint(text));
      putDate(ctx, 'dueAt', text, label, cell);
      return;
    case 'overdueDays': {
      const n = Number(squash(text));
      if (Number.isSafeInteger(n) && n > 0) put(ctx.draft, 'remainingHint', { kind: 'overdue', days: n, text: squash(text) });
      else put(ctx.draft, 'remainingHint', remainingHint(text));
      return;
    }
    default:
      return;
  }
}

/**
 * Reads several fields stacked in one cell. When there is a line per field, line i is field i.
 * Otherwise empty lines were left out (OpenCPS prints `submitDate<br>receiveDate<br>dueDate` and drops
 * the ones it lacks), so the dates found are matched to the date fields from the end (the due date is
 * the last) as long as each is not before the one above it; the first other field reads the whole text.
 */
export function readStacked(ctx: CellContext, fields: Field[], text: string, label: string): void {
  if (fields.includes('dueAt')) put(ctx.draft, 'remainingHint', remainingHint(text));
  const ls = lines(text);
  if (ls.length === fields.length) {
    fields.forEach((f, i) => readValue(ctx, f, ls[i]!, label));
    return;
  }
  const dated = fields.filter((f) => DATE_FIELDS.has(f));
  const { dates, outside } = scanDates(text, ctx.order);
  if (outside[0]) markOutside(ctx, outside[0], label);
  let d = dates.length - 1;
  for (let f = dated.length - 1; f >= 0 && d >= 0; f--, d--) {
    // A later field never holds an earlier date: skip a field the page left empty.
    if (f < dated.length - 1 && d + 1 < dates.length && dates[d]!.value > dates[d + 1]!.value) break;
    readValue(ctx, dated[f]!, dates[d]!.text, label);
  }
  const other = fields.find((f) => !DATE_FIELDS.has(f));
  if (other) readValue(ctx, other, text, label);
}

/** Turns a draft into a valid dossier, or explains why not. */
export function finish(ctx: CellContext): Dossier | undefined {
  const d = ctx.draft;
  // Said once by markOutside; the row gives no dossier, so it is neither judged nor recorded.
  if (ctx.outside) return undefined;
  if (d.code === undefined) {
    ctx.problems.push(diagnostic('code-missing', 'warning', { row: (ctx.row ?? 0) + 1 }, ctx.row));
    return undefined;
  }
  // A register has no status column, but a date under "Trả kết quả" says the result went out,
  // as an officer reading the register would take it.
  d.status ??= d.returnedAt !== undefined ? 'returned' : d.finishedAt !== undefined ? 'finished' : 'unknown';
  if (d.dueAt === undefined) ctx.problems.push(diagnostic('due-missing', 'info', { code: d.code }, ctx.row));
  // No schema parse here: every value was put by this module's typed writers, each within the
  // schema's limits (texts clipped, dates inside the window, codes and links bounded), and a page's
  // own JSON arrives already validated (igate.ts). Validating every row again was ≈ 14 % of a
  // 2,000-row read; the background validates each dossier at the message boundary
  // (lib/messaging/protocol.ts `validDossiers`), and the reader's property test checks that every
  // dossier it returns passes DossierSchema (tests/unit/portal/fuzz.test.ts).
  return { ...d, code: d.code, status: d.status };
}
