/**
 * Text helpers for matching portal labels. Every comparison goes through `fold` (exact, NFC) or
 * `loose` (diacritic-insensitive fallback); both are cheap because they run on short labels or once
 * per cell.
 */

const BLOCK_TAGS = new Set([
  'DIV', 'P', 'LI', 'UL', 'OL', 'TR', 'TD', 'TH', 'DT', 'DD', 'DL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'TABLE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'PRE', 'FORM', 'FIELDSET',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Recursion limit for the recursive walks: a hostile page could nest deep enough to overflow the stack. */
export const MAX_DEPTH = 256;

/** An element's tag name in upper case, without allocating for HTML documents (already upper case). */
export function tagOf(el: Element): string {
  const t = el.tagName;
  return t.charCodeAt(0) >= 97 ? t.toUpperCase() : t;
}

/** Collapses runs of whitespace (including NBSP) to one space and trims. */
export function squash(s: string): string {
  // Most cell texts are already squashed: testing costs no allocation, replacing does.
  return NEEDS_SQUASH.test(s) ? s.replace(/[\s\u00a0\u200b]+/g, ' ').trim() : s;
}
const NEEDS_SQUASH = /[^\S ]|[\u00a0\u200b]| {2}|^ | $/;

/** Case- and whitespace-insensitive form of a label, NFC, without a trailing ':'. */
export function fold(s: string): string {
  return squash(s.normalize('NFC').toLowerCase()).replace(/\s*:+$/, '');
}

const looseCache = new Map<string, string>();
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING = /[\u0300-\u036f]/g;
const DECOMPOSED = /[\u0300-\u036f]/;

/** NFC, skipped for text that has no combining mark (the usual case), since it allocates. */
export function nfc(s: string): string {
  return DECOMPOSED.test(s) ? s.normalize('NFC') : s;
}

/** The first descendant element (depth first) that `accept` accepts, without a selector engine. */
export function findDescendant(el: Element, accept: (e: Element) => boolean, depth = 0): Element | undefined {
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (accept(c)) return c;
    const deeper = c.firstElementChild && depth < MAX_DEPTH ? findDescendant(c, accept, depth + 1) : undefined;
    if (deeper) return deeper;
  }
  return undefined;
}

/**
 * Strips Vietnamese diacritics (and đ→d) while keeping the string's length, so that a match found in
 * the loose form can be sliced out of the original NFC text at the same positions.
 */
export function loose(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  // Native path: for NFC text each character decomposes to one base letter plus marks.
  const native = s.normalize('NFD').replace(COMBINING, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  if (native.length === s.length) return native;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch.charCodeAt(0) < 128) {
      out += ch;
      continue;
    }
    let folded = looseCache.get(ch);
    if (folded === undefined) {
      folded = ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD').charAt(0) || ch;
      looseCache.set(ch, folded);
    }
    out += folded;
  }
  return out;
}

/** The diacritic-insensitive fallback key of a label. */
export function foldLoose(s: string): string {
  return loose(fold(s));
}

/**
 * A cell's text with line breaks where the page shows them (`<br>`, block elements), without
 * `innerText` (which forces layout). A cell with no child elements costs one `textContent` read.
 */
export function cellText(el: Element): string {
  const only = el.firstElementChild;
  if (only === null) return nfc(el.textContent ?? '');
  // One inline child and nothing deeper (`<td><a>code</a></td>`): no line break to keep.
  if (only.nextElementSibling === null && only.firstElementChild === null) {
    const tag = tagOf(only);
    if (tag !== 'BR' && !BLOCK_TAGS.has(tag) && !SKIPPED_TAGS.has(tag)) return nfc(el.textContent ?? '');
  }
  const parts: string[] = [];
  walk(el, parts);
  return nfc(parts.join(''));
}

/**
 * A cell's text without its column's label written again at its start. Responsive tables put the
 * header into every body cell so that a narrow screen can stack "label value" pairs (PrimeFaces
 * reflow `span.ui-column-title`, PrimeNG stack mode `span.p-column-title`, Vuetify's mobile rows);
 * a wide screen hides it with CSS, but it is in the DOM. Only a leading element whose whole text is
 * the column's label counts, so a value that merely starts with the same words is kept.
 */
export function valueText(cell: Element, label: string): string {
  const text = cellText(cell);
  const first = cell.firstElementChild;
  // The label is a text-only element; anything deeper is content (and its textContent may be costly).
  if (first === null || first.firstElementChild !== null || label === '') return text;
  const before = first.previousSibling;
  if (before !== null && !(before.nodeType === 3 && squash((before as Text).data) === '')) return text;
  const own = first.textContent ?? '';
  // Lengths first: most leading elements (a link holding the code, a status badge) are not the label.
  if (Math.abs(own.trim().length - label.length) > 4 || fold(own) !== fold(label)) return text;
  const opened = text.trimStart();
  const head = nfc(own).trim();
  return opened.startsWith(head) ? opened.slice(head.length) : text;
}

/** Iterative (a page may nest deeper than the call stack allows): text, with '\n' at breaks and blocks. */
function walk(root: Element, parts: string[]): void {
  let node: Node | null = root.firstChild;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === 3) parts.push((node as Text).data);
    else if (node.nodeType === 1) {
      const tag = tagOf(node as Element);
      if (tag === 'BR') parts.push('\n');
      else if (!SKIPPED_TAGS.has(tag)) {
        const block = BLOCK_TAGS.has(tag);
        if (block) parts.push('\n');
        descend = node.firstChild !== null;
        if (block && !descend) parts.push('\n');
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // On to the next sibling, closing the blocks left on the way up.
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root && node.nodeType === 1 && BLOCK_TAGS.has(tagOf(node as Element))) parts.push('\n');
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
}

/** Non-empty, squashed lines of a text produced by `cellText`. */
export function lines(text: string): string[] {
  if (!text.includes('\n')) {
    const one = squash(text);
    return one ? [one] : [];
  }
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const s = squash(line);
    if (s) out.push(s);
  }
  return out;
}

/** Keeps record strings inside the schema's limits (a hostile page may put anything in a cell). */
export function clip(s: string, max = 4000): string {
  return s.length > max ? s.slice(0, max) : s;
}
