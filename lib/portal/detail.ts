/**
 * Detail views: label/value pairs from tables (td.label/td.value, th/td), definition lists, form
 * controls whose value sits in `input.value`, `<textarea>` or `<select>` (labelled by `<label for>`,
 * `mat-label`, an AntD form item label or the preceding cell), inside dialogs first, then the page,
 * then same-origin frames. A heading "Chi tiết hồ sơ <code>" gives the code.
 */
import { z } from 'zod/mini';
import { DossierSchema, type Dossier } from '../dossier/schema';
import { readValue, type CellContext } from './cells';
import { diagnostic, type Diagnostic } from './diagnostics';
import { frameDocument } from './grid';
import { matchLabel, type HeaderOverrides } from './headers';
import { DIALOGS, FIELD_WRAPPER_LABELS, FIELD_WRAPPERS, FORM_CONTROLS, LABEL_CANDIDATES, TITLES } from './selectors';
import type { SiteProfile } from './site-profile';
import { cellText, loose, squash, tagOf } from './text';
import { findCode } from './values';
import { DETAIL_TITLE, type Field } from './vocabulary';

export interface DossierDetailResult {
  dossier?: Partial<Dossier>;
  /** Field → the label it was read from. */
  fields: Partial<Record<Field, string>>;
  diagnostics: Diagnostic[];
}

const PartialDossierSchema = z.partial(DossierSchema);
const SKIPPED_INPUTS = new Set(['hidden', 'checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'password']);
const MAX_LABEL = 80;

function controlValue(el: Element): string {
  if (tagOf(el) === 'SELECT') {
    const select = el as HTMLSelectElement;
    return select.selectedOptions?.[0]?.textContent ?? select.value ?? '';
  }
  return (el as HTMLInputElement).value ?? '';
}

function labelText(el: Element | null | undefined): string {
  return el ? squash(el.textContent ?? '') : '';
}

/** The label of a form control: `<label for>`, its field wrapper's label, `aria-label`, the preceding cell or sibling. */
function controlLabel(control: Element, labelsFor: Map<string, string>): string {
  const id = control.getAttribute('id');
  const byFor = id ? labelsFor.get(id) : undefined;
  if (byFor) return byFor;
  const wrapper = control.closest(FIELD_WRAPPERS);
  const wrapped = labelText(wrapper?.querySelector(FIELD_WRAPPER_LABELS));
  if (wrapped) return wrapped;
  const aria = squash(control.getAttribute('aria-label') ?? '');
  if (aria) return aria;
  const cell = control.closest('td, dd');
  const before = labelText(cell?.previousElementSibling) || labelText(control.previousElementSibling);
  return before.length <= MAX_LABEL ? before : '';
}

/** List-only columns: a detail label "Thông tin hồ sơ" is a section heading, "Thời hạn" a duration. */
const NOT_DETAIL_FIELDS = new Set<Field>(['ignored', 'info', 'remaining', 'overdueDays']);
/** Page structure that is never one value (a menu after a logo, a table after a heading). */
const NOT_VALUES = new Set(['UL', 'OL', 'NAV', 'MENU', 'TABLE', 'FORM', 'SECTION', 'ASIDE', 'HEADER', 'FOOTER', 'MAIN', 'IFRAME']);
const MAX_VALUE = 1000;
/** Detail labels sit among free text (menus, notes): only a label that clearly names a field is taken. */
const DETAIL_MIN_SCORE = 7;

function fieldOf(label: string, overrides?: HeaderOverrides): Field | undefined {
  if (!label || label.length > MAX_LABEL) return undefined;
  const [field] = matchLabel(label, undefined, overrides, DETAIL_MIN_SCORE);
  return field === undefined || NOT_DETAIL_FIELDS.has(field) ? undefined : field;
}

function readScope(scope: ParentNode, ctx: CellContext, fields: DossierDetailResult['fields'], overrides?: HeaderOverrides): void {
  const take = (field: Field, label: string, text: string, el?: Element): void => {
    if (!squash(text)) return;
    // Values are only ever added, never replaced, so a new key means this label gave something.
    const before = Object.keys(ctx.draft).length;
    readValue(ctx, field, text, label, el);
    if (fields[field] === undefined && Object.keys(ctx.draft).length > before) fields[field] = label;
  };
  for (const title of Array.from(scope.querySelectorAll(TITLES))) {
    const text = squash(title.textContent ?? '');
    if (DETAIL_TITLE.test(loose(text).toLowerCase())) {
      const code = findCode(text);
      if (code) take('code', text, code);
    }
  }
  const labelsFor = new Map<string, string>();
  for (const label of Array.from(scope.querySelectorAll('label[for]'))) labelsFor.set(label.getAttribute('for')!, labelText(label));
  for (const control of Array.from(scope.querySelectorAll(FORM_CONTROLS))) {
    if (SKIPPED_INPUTS.has((control.getAttribute('type') ?? '').toLowerCase())) continue;
    const label = controlLabel(control, labelsFor);
    const field = fieldOf(label, overrides);
    if (field) take(field, label, controlValue(control));
  }
  for (const el of Array.from(scope.querySelectorAll(LABEL_CANDIDATES))) {
    const value = el.nextElementSibling;
    if (!value || NOT_VALUES.has(tagOf(value)) || el.querySelector(FORM_CONTROLS) || value.querySelector(FORM_CONTROLS) || value.matches(FORM_CONTROLS)) continue;
    const label = labelText(el);
    const field = fieldOf(label, overrides);
    if (!field) continue;
    const text = cellText(value);
    if (text.length > MAX_VALUE) continue;
    // A row of list headers ("Mã hồ sơ | Tên thủ tục | Chủ hồ sơ") is not a label/value pair; a value
    // that merely mentions a field ("Bộ phận tiếp nhận huyện …") still is.
    const neighbour = value.nextElementSibling ?? el.previousElementSibling;
    if (fieldOf(squash(text), overrides) && neighbour && fieldOf(labelText(neighbour), overrides)) continue;
    take(field, label, text, value);
  }
}

/** Reads the dossier shown by a detail page, modal or frame; never throws. */
export function readDossierDetail(root: ParentNode, profile?: SiteProfile): DossierDetailResult {
  const diagnostics: Diagnostic[] = [];
  const ctx: CellContext = { draft: {}, problems: diagnostics, order: profile?.dateOrder ?? 'auto' };
  const fields: DossierDetailResult['fields'] = {};
  const overrides: HeaderOverrides = {};
  for (const [field, rule] of Object.entries(profile?.columns ?? {}) as Array<[Field, { header?: string } | undefined]>) {
    if (rule?.header) overrides[field] = rule.header;
  }
  // Dialogs and the frames inside them first, then the page, then its other frames.
  const dialogs = Array.from(root.querySelectorAll(DIALOGS));
  const frames = Array.from(root.querySelectorAll('iframe, frame'));
  const inDialog = (frame: Element): boolean => dialogs.some((d) => d.contains(frame));
  const scopes: ParentNode[] = [...dialogs];
  for (const frame of [...frames.filter(inDialog), null, ...frames.filter((f) => !inDialog(f))]) {
    if (frame === null) scopes.push(root);
    else {
      const doc = frameDocument(frame, diagnostics);
      if (doc) scopes.push(doc);
    }
  }
  for (const scope of scopes) readScope(scope, ctx, fields, overrides);

  const dossier: Partial<Dossier> = {};
  for (const [key, value] of Object.entries(ctx.draft)) {
    const one = PartialDossierSchema.safeParse({ [key]: value });
    if (one.success) Object.assign(dossier, one.data);
  }
  if (Object.keys(dossier).length === 0) {
    diagnostics.push(diagnostic('detail-not-found', 'warning'));
    return { fields, diagnostics };
  }
  return { dossier, fields, diagnostics };
}
