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

/** An element's tag name in upper case, without allocating for HTML documents (already upper case). */
export function tagOf(el: Element): string {
  const t = el.tagName;
  return t.charCodeAt(0) >= 97 ? t.toUpperCase() : t;
}

/** Collapses runs of whitespace (including NBSP) to one space and trims. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

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
export function findDescendant(el: Element, accept: (e: Element) => boolean): Element | undefined {
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (accept(c)) return c;
    const deeper = c.firstElementChild ? findDescendant(c, accept) : undefined;
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
  if (el.firstElementChild === null) return nfc(el.textContent ?? '');
  const parts: string[] = [];
  walk(el, parts);
  return nfc(parts.join(''));
}

function walk(node: Node, parts: string[]): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push((child as Text).data);
    } else if (child.nodeType === 1) {
      const tag = tagOf(child as Element);
      if (tag === 'BR') parts.push('\n');
      else if (SKIPPED_TAGS.has(tag)) continue;
      else if (BLOCK_TAGS.has(tag)) {
        parts.push('\n');
        walk(child, parts);
        parts.push('\n');
      } else walk(child, parts);
    }
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
